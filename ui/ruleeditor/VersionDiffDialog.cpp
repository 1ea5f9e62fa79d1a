#include "VersionDiffDialog.h"

#include "RuleEditorSettings.h"
#include "tuning/ModelDiff.h"

#include <QApplication>
#include <QClipboard>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QLabel>
#include <QPushButton>
#include <QTreeWidget>
#include <QVBoxLayout>

#include <optional>

namespace LeadStage {

namespace {

// Text and background of a change's line: readable on white, told apart without the marker.
struct ChangeColours
{
    QColor text;
    QColor background;
};

ChangeColours coloursOf(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return {QColor(0x16, 0x65, 0x34), QColor(0xdc, 0xfc, 0xe7)};
    case ChangeKind::Removed:
        return {QColor(0x99, 0x1b, 0x1b), QColor(0xfe, 0xe2, 0xe2)};
    case ChangeKind::Changed:
        return {QColor(0x92, 0x40, 0x0e), QColor(0xfe, 0xf3, 0xc7)};
    case ChangeKind::Moved:
        return {QColor(0x1e, 0x40, 0xaf), QColor(0xdb, 0xea, 0xfe)};
    }
    return {};
}

QString kindName(ChangeKind kind)
{
    switch (kind) {
    case ChangeKind::Added:
        return VersionDiffDialog::tr("Added");
    case ChangeKind::Removed:
        return VersionDiffDialog::tr("Removed");
    case ChangeKind::Changed:
        return VersionDiffDialog::tr("Changed");
    case ChangeKind::Moved:
        return VersionDiffDialog::tr("Moved");
    }
    return {};
}

QString tipOf(const ModelChange &change)
{
    QStringList lines{kindName(change.kind) + (change.item.isEmpty() ? QString() : u": "_qs + change.item)};
    if (!change.description.isEmpty())
        lines << change.description;
    for (const FieldChange &field : change.fields)
        lines << u"%1: %2 → %3"_qs.arg(field.field, field.before, field.after);
    return lines.join(u'\n');
}

} // namespace

VersionDiffDialog::VersionDiffDialog(QWidget *parent)
    : QDialog(parent)
    , m_headline(new QLabel(this))
    , m_tree(new QTreeWidget(this))
{
    setObjectName(u"versionDiff"_qs);
    setWindowTitle(tr("Compare Versions"));
    m_headline->setObjectName(u"diffHeadline"_qs);
    m_headline->setWordWrap(true);
    m_headline->setTextInteractionFlags(Qt::TextSelectableByMouse);
    QFont bold = m_headline->font();
    bold.setBold(true);
    m_headline->setFont(bold);
    auto *legend = new QLabel(tr("<span style='color:#166534'>+ added</span> &nbsp; "
                                 "<span style='color:#991b1b'>- removed</span> &nbsp; "
                                 "<span style='color:#92400e'>~ changed</span> &nbsp; "
                                 "<span style='color:#1e40af'>^ moved</span> &nbsp; "
                                 "— hover a line for its fields one by one"),
                              this);
    m_tree->setObjectName(u"diffTree"_qs);
    m_tree->setHeaderHidden(true);
    m_tree->setColumnCount(1);
    m_tree->setRootIsDecorated(false);
    m_tree->setIndentation(18);
    m_tree->setWordWrap(true);
    m_tree->setSelectionMode(QAbstractItemView::ExtendedSelection);
    m_tree->header()->setStretchLastSection(true);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    auto *copy = buttons->addButton(tr("&Copy as Text"), QDialogButtonBox::ActionRole);
    copy->setObjectName(u"copyDiff"_qs);
    copy->setToolTip(tr("Copy the whole comparison as plain text, from the older version to the newer"));
    connect(copy, &QPushButton::clicked, this, [this] { QApplication::clipboard()->setText(m_text); });
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_headline);
    layout->addWidget(legend);
    layout->addWidget(m_tree, 1);
    layout->addWidget(buttons);
    if (!restoreGeometry(RuleEditorSettings::diffGeometry().get()))
        resize(760, 480);
}

void VersionDiffDialog::showDiff(const ModelDiff &diff, const QString &beforeName, const QString &afterName)
{
    m_text = diff.text(beforeName, afterName);
    m_headline->setText(diff.headline(beforeName, afterName));
    setWindowTitle(tr("Compare %1 → %2").arg(beforeName, afterName));
    m_tree->clear();
    QFont bold = m_tree->font();
    bold.setBold(true);
    QTreeWidgetItem *section = nullptr;
    std::optional<ModelSection> current;
    for (const ModelChange &change : diff.changes()) {
        if (change.section != current) {
            current = change.section;
            section = new QTreeWidgetItem(m_tree, {modelSectionTitle(change.section)});
            section->setFont(0, bold);
            section->setFlags(Qt::ItemIsEnabled);
        }
        // The line as text() writes it, without the two spaces the tree's indent replaces.
        auto *item = new QTreeWidgetItem(section, {ModelDiff::line(change).mid(2)});
        const ChangeColours colours = coloursOf(change.kind);
        item->setForeground(0, colours.text);
        item->setBackground(0, colours.background);
        item->setToolTip(0, tipOf(change));
    }
    m_tree->expandAll();
    m_tree->setVisible(!diff.isEmpty());
}

QStringList VersionDiffDialog::shownLines() const
{
    QStringList lines{m_headline->text()};
    for (int i = 0; i < m_tree->topLevelItemCount(); ++i) {
        const QTreeWidgetItem *section = m_tree->topLevelItem(i);
        lines << section->text(0);
        for (int j = 0; j < section->childCount(); ++j)
            lines << u"  "_qs + section->child(j)->text(0);
    }
    return lines;
}

void VersionDiffDialog::done(int result)
{
    RuleEditorSettings::diffGeometry().set(saveGeometry());
    QDialog::done(result);
}

} // namespace LeadStage
