#pragma once

#include <QLabel>

#include <array>

namespace LeadStage {

// A word-wrapped label that keeps its height for the last widths it was asked about,
// until what it shows changes. A layout asks a label its height for the same width again
// after every change elsewhere on the page, and QLabel lays its text out anew each time:
// 70 % of the import wizard's page changes went to that (issue 20: the GUI thread is never
// blocked over 16 ms). Heights are the QLabel's own: only the asking again is saved.
// For text set with setText (not a pixmap, a movie, a buddy's mnemonic or links to click).
class WrappedLabel : public QLabel
{
    Q_OBJECT

public:
    explicit WrappedLabel(QWidget *parent = nullptr);

    int heightForWidth(int width) const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    struct Shown // what the kept heights are for
    {
        QString text;
        Qt::TextFormat format = Qt::AutoText;
        Qt::Alignment alignment;
        int margin = 0;
        int indent = 0;
        QMargins contents;
        bool wrapped = true;
        QSize minimum; // QLabel widens the width asked to it, and raises the height
        bool operator==(const Shown &) const = default;
    };
    Shown shown() const;

    mutable Shown m_shown;
    mutable std::array<QPoint, 4> m_heights{}; // (width, height), the latest first; width 0: none
};

} // namespace LeadStage
