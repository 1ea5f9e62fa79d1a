#include "BackingStoreWarmup.h"

#include <QBackingStore>
#include <QPainter>
#include <QWidget>

namespace LeadStage {

void warmBackingStore(QWidget &window)
{
    if (!window.isWindow() || window.size().isEmpty())
        return;
    (void)window.winId(); // the native window, and with it the backing store
    QBackingStore *store = window.backingStore();
    if (!store)
        return;
    const QRect area(QPoint(), window.size());
    if (store->size() != area.size())
        store->resize(area.size());
    store->beginPaint(area);
    if (QPaintDevice *device = store->paintDevice()) {
        QPainter painter(device);
        painter.fillRect(area, window.palette().window());
    }
    store->endPaint();
}

} // namespace LeadStage
