#include "TaskProgressDialog.h"

#include <QLocale>

namespace LeadStage {

TaskProgressDialog::TaskProgressDialog(const QString &title, const QString &unit, QWidget *parent)
    : QProgressDialog(parent), m_title(title), m_unit(unit)
{
    setWindowTitle(title);
    setLabelText(title);
    setCancelButtonText(tr("Cancel"));
    setWindowModality(Qt::WindowModal);
    setMinimumDuration(300);
    setAutoClose(false);
    setAutoReset(false);
    setRange(0, 1000);
    setMinimumWidth(460);
    m_clock.start();
}

void TaskProgressDialog::setProgress(qint64 done, qint64 total)
{
    // The bar runs 0..1000 so totals beyond int range still work.
    setValue(total > 0 ? int(done * 1000 / total) : 0);
    const QLocale locale;
    const double seconds = std::max<qint64>(m_clock.elapsed(), 1) / 1000.0;
    const double rate = double(done) / seconds;
    m_detail = tr("%1 of %2 %3").arg(locale.toString(done), locale.toString(total), m_unit);
    if (done > 0 && m_clock.elapsed() > 500) {
        const qint64 left = qint64(double(total - done) / std::max(rate, 1.0) + 0.5);
        m_detail += tr(" — %1 %2/s, about %3 s left").arg(locale.toString(qint64(rate)), m_unit).arg(left);
    }
    setLabelText(m_title + u"\n"_qs + m_detail);
}

} // namespace LeadStage
