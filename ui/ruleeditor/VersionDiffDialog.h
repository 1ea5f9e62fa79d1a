#pragma once

#include <QDialog>

class QLabel;
class QTreeWidget;

namespace LeadStage {

class ModelDiff;

// What differs between two saved versions, as ModelDiff lists it: a heading per section
// (rules, triggers, thresholds, decay, fit, nurture…) and a line per item in its words,
// added green, removed red, changed amber, moved blue. "Copy as Text" copies exactly
// what `leadstage model diff` prints for the same two versions.
class VersionDiffDialog : public QDialog
{
    Q_OBJECT

public:
    explicit VersionDiffDialog(QWidget *parent = nullptr);

    // `beforeName` and `afterName` as the command line names them: "Default v2 (id 2)".
    void showDiff(const ModelDiff &diff, const QString &beforeName, const QString &afterName);

    // What is shown, line by line: the headline, each section's heading and its items.
    QStringList shownLines() const;
    // What "Copy as Text" copies (ModelDiff::text).
    QString text() const { return m_text; }
    QTreeWidget *tree() const { return m_tree; }

protected:
    void done(int result) override;

private:
    QLabel *m_headline;
    QTreeWidget *m_tree;
    QString m_text;
};

} // namespace LeadStage
