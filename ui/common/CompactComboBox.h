#pragma once

#include <QComboBox>

namespace LeadStage {

// A combo box for a table cell, as wide as its longest choice counted in characters.
// A plain QComboBox shapes the text of every choice for its size (a wizard table of 30
// activity names with 40 choices each: 1 200 texts whenever its column was fitted), and
// its other size policies build the drop-down list of each box up front; either held the
// GUI thread 10–35 ms. The list that drops down still shows each choice whole.
class CompactComboBox : public QComboBox
{
public:
    explicit CompactComboBox(QWidget *parent = nullptr);

    // Sizes the box for its choices as they are now, at most `mostCharacters` wide (one
    // long choice must not push the table's other columns out of view): call it once
    // the choices are in.
    void fitToLongestChoice(int mostCharacters = mostCharactersByDefault);

    static constexpr int mostCharactersByDefault = 56;
    // How many 'x' widths a box for choices of at most `longest` characters is wide: the
    // rule of fitToLongestChoice, also for drop-downs drawn in table cells (ChoiceDelegate).
    static int charactersFor(qsizetype longest, int mostCharacters = mostCharactersByDefault);

    QSize sizeHint() const override;
    QSize minimumSizeHint() const override;

protected:
    void changeEvent(QEvent *event) override;

private:
    int m_characters = 12;
    mutable QSize m_hint;
};

} // namespace LeadStage
