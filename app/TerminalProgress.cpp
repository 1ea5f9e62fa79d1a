#include "TerminalProgress.h"

#include <QLocale>

#include <cstdio>
#include <unistd.h>

namespace LeadStage {

TerminalProgress::TerminalProgress(QString label, QString unit)
    : m_label(std::move(label))
    , m_unit(std::move(unit))
    , m_enabled(isatty(STDERR_FILENO) == 1)
{
    m_clock.start();
}

TerminalProgress::~TerminalProgress()
{
    finish();
}

void TerminalProgress::update(std::int64_t done, std::int64_t total)
{
    if (!m_enabled)
        return;
    const qint64 now = m_clock.elapsed();
    if (now - m_lastDrawMs < 100 && (total < 0 || done < total))
        return;
    m_lastDrawMs = now;
    const QLocale locale(QLocale::English);
    const double seconds = std::max<double>(now, 1) / 1000.0;
    const double rate = double(done) / seconds;
    QString line = m_label + u"  "_qs + locale.toString(qlonglong(done))
                   + (total < 0 ? QString() : u" / "_qs + locale.toString(qlonglong(total))) + u' ' + m_unit;
    if (total < 0 && done > 0 && now > 500) {
        line += u"  (%1/s)"_qs.arg(locale.toString(qlonglong(rate)));
    } else if (done > 0 && now > 500) {
        const qint64 left = qint64(double(total - done) / std::max(rate, 1.0));
        line += u"  (%1/s, %2 s left)"_qs.arg(locale.toString(qlonglong(rate))).arg(left);
    }
    std::fprintf(stderr, "\r%-78s", line.toLocal8Bit().constData());
    std::fflush(stderr);
    m_drawn = true;
}

void TerminalProgress::finish()
{
    if (m_drawn) {
        std::fprintf(stderr, "\r%-78s\r", "");
        std::fflush(stderr);
        m_drawn = false;
    }
}

} // namespace LeadStage
