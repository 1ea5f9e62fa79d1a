#include "TaskProgressDialog.h"

#include "common/DisplayFormat.h"

#include <QLocale>

namespace LeadStage {

TaskProgressDialog::TaskProgressDialog(const QString &title, const QString &unit, QWidget *parent)
    : QProgressDialog(parent)
    , m_title(title)
    , m_unit(unit)
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
    if (total <= 0) {
        setRange(0, 0);
        m_detail = tr("%1 read so far").arg(DisplayFormat::count(done));
        updateLabel();
        return;
    }
    // The bar runs 0..1000 so totals beyond int range still work.
    setRange(0, 1000);
    setValue(int(done * 1000 / total));
    const double seconds = std::max<qint64>(m_clock.elapsed(), 1) / 1000.0;
    const double rate = double(done) / seconds;
    m_detail = tr("%1 of %2 %3").arg(DisplayFormat::count(done), DisplayFormat::count(total), m_unit);
    if (done > 0 && m_clock.elapsed() > 500) {
        const qint64 left = qint64(double(total - done) / std::max(rate, 1.0) + 0.5);
        m_detail += tr(" — %1 %2/s, about %3 s left").arg(DisplayFormat::count(qint64(rate)), m_unit).arg(left);
    }
    updateLabel();
}

void TaskProgressDialog::setExplanation(const QString &text)
{
    m_explanation = text;
    updateLabel();
}

void TaskProgressDialog::updateLabel()
{
    QStringList lines{m_title};
    if (!m_explanation.isEmpty())
        lines << m_explanation;
    if (!m_detail.isEmpty())
        lines << m_detail;
    setLabelText(lines.join(u'\n'));
}

} // namespace LeadStage
