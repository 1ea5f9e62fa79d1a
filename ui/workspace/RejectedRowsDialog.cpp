#include "RejectedRowsDialog.h"

#include "RejectedRowsModel.h"
#include "import/ImportHistory.h"
#include "import/RejectedRows.h"
#include "import/RejectedRowsCsv.h"

#include <QDialogButtonBox>
#include <QFileDialog>
#include <QFileInfo>
#include <QHeaderView>
#include <QLabel>
#include <QLocale>
#include <QPushButton>
#include <QTableView>
#include <QVBoxLayout>

namespace LeadStage {

RejectedRowsDialog::RejectedRowsDialog(Database &database, const ImportRecord &record, QWidget *parent)
    : QDialog(parent)
    , m_database(database)
    , m_importId(record.id)
    , m_model(new RejectedRowsModel(this))
    , m_view(new QTableView(this))
    , m_summary(new QLabel(this))
    , m_export(new QPushButton(tr("Export CSV…"), this))
{
    setObjectName(u"rejectedRowsDialog"_qs);
    const QString file = QFileInfo(record.file).fileName();
    setWindowTitle(tr("Rejected rows of import %1").arg(record.id));
    m_view->setObjectName(u"rejectedRows"_qs);
    m_view->setModel(m_model);
    m_view->verticalHeader()->hide();
    m_view->setAlternatingRowColors(true);
    m_view->setWordWrap(false);
    m_view->setEditTriggers(QAbstractItemView::NoEditTriggers);
    m_view->setSelectionBehavior(QAbstractItemView::SelectRows);
    m_view->horizontalHeader()->setStretchLastSection(true);
    m_view->horizontalHeader()->setTextElideMode(Qt::ElideRight);
    m_view->setTextElideMode(Qt::ElideRight);
    m_summary->setWordWrap(true);
    m_export->setObjectName(u"exportRejectedRows"_qs);
    m_export->setToolTip(tr("Save these rows as CSV to correct them and import them again"));

    auto rows = readRejectedRows(database, record.id);
    const QLocale locale;
    if (rows) {
        m_summary->setText(tr("%1: %n row(s) rejected out of %2 read. Each is listed with its reason and the row as "
                              "it was in the file.",
                              nullptr, int(rows->size()))
                               .arg(file, locale.toString(qlonglong(record.rowsRead))));
        m_model->setRows(std::move(*rows));
    } else {
        m_summary->setText(tr("The rejected rows could not be read: %1").arg(rows.error().toString()));
    }
    m_export->setEnabled(m_model->rowCount() > 0);
    // Line, column and reason sized to what they hold; the raw row takes the rest.
    m_view->resizeColumnsToContents();
    const int reasonWidth = std::min(m_view->columnWidth(RejectedRowsModel::Reason), 420);
    m_view->setColumnWidth(RejectedRowsModel::Reason, reasonWidth);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(m_export, QDialogButtonBox::ActionRole);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);
    connect(m_export, &QPushButton::clicked, this, &RejectedRowsDialog::chooseCsvFile);

    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_summary);
    layout->addWidget(m_view, 1);
    layout->addWidget(buttons);
    resize(900, 480);
}

QString RejectedRowsDialog::exportCsv(const QString &path)
{
    auto written = RejectedRowsCsv::save(m_database, m_importId, path);
    if (!written)
        return written.error().toString();
    m_summary->setText(tr("%n row(s) saved to %1.", nullptr, int(*written)).arg(QFileInfo(path).fileName()));
    return {};
}

void RejectedRowsDialog::chooseCsvFile()
{
    const QString path = QFileDialog::getSaveFileName(
        this, tr("Export rejected rows"), u"rejected-rows-import-%1.csv"_qs.arg(m_importId), tr("CSV files (*.csv)"));
    if (path.isEmpty())
        return;
    if (const QString error = exportCsv(path); !error.isEmpty())
        m_summary->setText(tr("The rows could not be saved: %1").arg(error));
}

} // namespace LeadStage
