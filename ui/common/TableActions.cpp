#include "TableActions.h"

#include "dashboard/TableExport.h"

#include <QAction>
#include <QApplication>
#include <QClipboard>
#include <QDir>
#include <QFileDialog>
#include <QMessageBox>
#include <QTableView>

namespace LeadStage::TableActions {

void add(QTableView *view, const QString &suggestedFileName)
{
    view->setContextMenuPolicy(Qt::ActionsContextMenu);
    auto *copy = new QAction(QApplication::translate("TableActions", "Copy table"), view);
    copy->setObjectName(u"copyTable"_qs);
    copy->setToolTip(
        QApplication::translate("TableActions", "Copy every row as tab-separated text, for a spreadsheet"));
    QObject::connect(copy, &QAction::triggered, view, [view] {
        if (view->model())
            QApplication::clipboard()->setText(TableExport::toTsv(*view->model()));
    });
    auto *exportCsv = new QAction(QApplication::translate("TableActions", "Export as CSV…"), view);
    exportCsv->setObjectName(u"exportTableCsv"_qs);
    QObject::connect(exportCsv, &QAction::triggered, view, [view, suggestedFileName] {
        if (!view->model())
            return;
        const QString title = QApplication::translate("TableActions", "Export table");
        const QString path = QFileDialog::getSaveFileName(view, title, suggestedFileName,
                                                          QApplication::translate("TableActions", "CSV files (*.csv)"));
        if (!path.isEmpty() && !TableExport::writeCsv(*view->model(), path))
            QMessageBox::warning(view, title,
                                 QApplication::translate("TableActions", "Could not write %1. Choose another folder.")
                                     .arg(QDir::toNativeSeparators(path)));
    });
    view->addAction(copy);
    view->addAction(exportCsv);
}

} // namespace LeadStage::TableActions
