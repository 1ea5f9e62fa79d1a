#include "AboutDialog.h"

#include "common/QCustomPlotInclude.h"

#include <QApplication>
#include <QDialogButtonBox>
#include <QHeaderView>
#include <QIcon>
#include <QLabel>
#include <QTableWidget>
#include <QVBoxLayout>

namespace LeadStage {

QList<LibraryVersion> AboutDialog::libraries()
{
    QList<LibraryVersion> list{
        {u"Qt"_qs, QString::fromLatin1(qVersion()), u"LGPL-3.0"_qs},
        {u"QCustomPlot"_qs, QStringLiteral(QCUSTOMPLOT_VERSION_STR), u"GPL-3.0"_qs},
    };
    list << coreLibraryVersions();
    return list;
}

AboutDialog::AboutDialog(QWidget *parent)
    : QDialog(parent)
{
    setObjectName(u"aboutDialog"_qs);
    setWindowTitle(tr("About LeadStage"));
    auto *icon = new QLabel(this);
    icon->setPixmap(QIcon(u":/icons/leadstage.svg"_qs).pixmap(64, 64));
    auto *title = new QLabel(tr("<h2>LeadStage %1</h2>").arg(QApplication::applicationVersion().toHtmlEscaped()), this);
    title->setObjectName(u"aboutTitle"_qs);
    auto *text = new QLabel(tr("Scores leads with rules you edit, places them in lifecycle stages and charts "
                               "the IQL dashboard and the quarterly funnel report.<br><br>"
                               "Free software under the GNU General Public License, version 3 or later: you may "
                               "share and change it under its terms. It comes with no warranty."),
                            this);
    text->setObjectName(u"aboutText"_qs);
    text->setWordWrap(true);

    const QList<LibraryVersion> used = libraries();
    auto *table = new QTableWidget(int(used.size()), 3, this);
    table->setObjectName(u"aboutLibraries"_qs);
    table->setHorizontalHeaderLabels({tr("Library"), tr("Version"), tr("Licence")});
    for (int row = 0; row < used.size(); ++row) {
        table->setItem(row, 0, new QTableWidgetItem(used[row].name));
        table->setItem(row, 1, new QTableWidgetItem(used[row].version));
        table->setItem(row, 2, new QTableWidgetItem(used[row].licence));
    }
    table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    table->setSelectionMode(QAbstractItemView::NoSelection);
    table->verticalHeader()->hide();
    table->resizeColumnsToContents();
    table->horizontalHeader()->setStretchLastSection(true);
    table->setFixedHeight(table->horizontalHeader()->height() + table->verticalHeader()->length() + 4);

    auto *buttons = new QDialogButtonBox(QDialogButtonBox::Close, this);
    buttons->addButton(tr("About Qt"), QDialogButtonBox::HelpRole);
    connect(buttons, &QDialogButtonBox::helpRequested, qApp, &QApplication::aboutQt);
    connect(buttons, &QDialogButtonBox::rejected, this, &QDialog::reject);

    auto *top = new QHBoxLayout;
    top->addWidget(icon, 0, Qt::AlignTop);
    auto *words = new QVBoxLayout;
    words->addWidget(title);
    words->addWidget(text);
    top->addLayout(words, 1);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(new QLabel(tr("Built with:"), this));
    layout->addWidget(table);
    layout->addWidget(buttons);
    resize(520, sizeHint().height());
}

} // namespace LeadStage
