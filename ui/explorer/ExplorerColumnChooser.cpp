#include "ExplorerColumnChooser.h"

#include "AppSettings.h"
#include "LeadTableModel.h"

#include <QAction>
#include <QHeaderView>
#include <QMenu>
#include <QStyle>

namespace LeadStage {

namespace {

// Only the user's departures from the defaults are stored.
const SettingValue<QStringList> &hiddenColumns()
{
    static const SettingValue<QStringList> value(u"explorer/hiddenColumns"_qs);
    return value;
}

const SettingValue<QStringList> &shownColumns()
{
    static const SettingValue<QStringList> value(u"explorer/shownColumns"_qs);
    return value;
}

bool shownByDefault(int column)
{
    return column < explorerColumnCount && ExplorerColumn(column) != ExplorerColumn::CrmId;
}

} // namespace

ExplorerColumnChooser::ExplorerColumnChooser(QHeaderView *header, LeadTableModel *model)
    : QObject(header)
    , m_header(header)
    , m_model(model)
{
    m_header->setContextMenuPolicy(Qt::CustomContextMenu);
    connect(m_header, &QHeaderView::customContextMenuRequested, this, [this](const QPoint &at) {
        QMenu *menu = makeMenu(m_header);
        menu->setAttribute(Qt::WA_DeleteOnClose);
        menu->popup(m_header->viewport()->mapToGlobal(at));
    });
    // New attribute columns come with a model reset; every reset keeps the choice.
    connect(m_model, &QAbstractItemModel::modelReset, this, &ExplorerColumnChooser::apply);
    connect(m_model, &QAbstractItemModel::columnsInserted, this, &ExplorerColumnChooser::apply);
    apply();
}

QString ExplorerColumnChooser::columnKey(int column) const
{
    if (column >= explorerColumnCount)
        return u"attribute:"_qs + m_model->attributeAt(column);
    return QString::fromLatin1(columnSpec(ExplorerColumn(column)).header);
}

bool ExplorerColumnChooser::isColumnShown(int column) const
{
    const QString key = columnKey(column);
    return shownByDefault(column) ? !hiddenColumns().get().contains(key) : shownColumns().get().contains(key);
}

void ExplorerColumnChooser::setColumnShown(int column, bool shown)
{
    const QString key = columnKey(column);
    const SettingValue<QStringList> &departures = shownByDefault(column) ? hiddenColumns() : shownColumns();
    QStringList keys = departures.get();
    keys.removeAll(key);
    if (shown != shownByDefault(column))
        keys << key;
    departures.set(keys);
    m_header->setSectionHidden(column, !shown);
    if (shown && m_header->sectionSize(column) < headerWidth(m_header, column))
        m_header->resizeSection(column, headerWidth(m_header, column));
}

int ExplorerColumnChooser::headerWidth(const QHeaderView *header, int column)
{
    const QString text = header->model()->headerData(column, header->orientation(), Qt::DisplayRole).toString();
    const int margin = header->style()->pixelMetric(QStyle::PM_HeaderMargin, nullptr, header);
    const int arrow = header->style()->pixelMetric(QStyle::PM_HeaderMarkSize, nullptr, header);
    return header->fontMetrics().horizontalAdvance(text) + 4 * margin + arrow;
}

QMenu *ExplorerColumnChooser::makeMenu(QWidget *parent)
{
    auto *menu = new QMenu(parent);
    menu->setObjectName(u"explorerColumns"_qs);
    menu->setToolTipsVisible(true);
    const int columns = m_model->columnCount();
    for (int column = 0; column < columns; ++column) {
        if (column == explorerColumnCount)
            menu->addSection(tr("Columns of the imported file"));
        QAction *action = menu->addAction(m_model->headerData(column, Qt::Horizontal, Qt::DisplayRole).toString());
        action->setCheckable(true);
        action->setChecked(isColumnShown(column));
        // The name column identifies each row: it cannot be hidden.
        action->setEnabled(column != int(ExplorerColumn::Name));
        connect(action, &QAction::toggled, this, [this, column](bool on) { setColumnShown(column, on); });
    }
    return menu;
}

void ExplorerColumnChooser::apply()
{
    const int columns = m_model->columnCount();
    for (int column = 0; column < columns; ++column) {
        const bool shown = isColumnShown(column);
        if (m_header->isSectionHidden(column) == shown)
            m_header->setSectionHidden(column, !shown);
    }
}

} // namespace LeadStage
