#pragma once

#include <QElapsedTimer>
#include <QString>

#include <cstdint>

namespace LeadStage {

// A progress line on a terminal: "Generating  412,000 / 1,000,000 leads  (81,200/s, 7 s left)",
// redrawn at most ten times a second, and only when stderr is a terminal.
class TerminalProgress
{
public:
    explicit TerminalProgress(QString label, QString unit);
    ~TerminalProgress();

    void update(std::int64_t done, std::int64_t total); // total -1: unknown, the count alone

    void finish();

private:
    QString m_label, m_unit;
    QElapsedTimer m_clock;
    qint64 m_lastDrawMs = -1000;
    bool m_enabled = false;
    bool m_drawn = false;
};

} // namespace LeadStage
