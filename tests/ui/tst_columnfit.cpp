#include "common/ColumnFit.h"

#include <QHeaderView>
#include <QStandardItemModel>
#include <QTableView>
#include <QTest>

using namespace LeadStage;

// Columns sized by their longest texts: as wide as what a CSV preview holds (e-mails,
// ids, dates, names), within the header's bounds, reading only the rows asked for.
class TestColumnFit : public QObject
{
    Q_OBJECT

private Q_SLOTS:
    void toLongestTextsFitsWhatAPreviewHolds()
    {
        QStandardItemModel model(0, 4);
        model.setHorizontalHeaderLabels({u"id"_qs, u"email"_qs, u"created_at"_qs, u"country"_qs});
        const QStringList emails{u"ana.lopez@example.com"_qs,
                                 u"bartholomew.fitzgerald-smythe@enterprise-sales.example.org"_qs, u"li@x.io"_qs};
        for (int row = 0; row < 60; ++row)
            model.appendRow({new QStandardItem(QString::number(100000 + row)),
                             new QStandardItem(emails[row % emails.size()]),
                             new QStandardItem(u"2025-03-14T09:30:00Z"_qs), new QStandardItem(u"Germany"_qs)});
        // Past the rows read: no column grows for it.
        model.item(50, 3)->setText(QString(200, u'x'));
        QTableView view;
        view.setModel(&model);
        view.horizontalHeader()->setMaximumSectionSize(480);
        view.horizontalHeader()->setStretchLastSection(false);
        ColumnFit::toLongestTexts(&view, 40);
        const QFontMetrics metrics(view.font());
        for (int column = 0; column < 4; ++column)
            for (int row = 0; row < 3; ++row) {
                const QString text = model.item(row, column)->text();
                QVERIFY2(view.columnWidth(column) >= metrics.horizontalAdvance(text) + 8,
                         qPrintable(u"%1: %2 px for %3 px"_qs.arg(text)
                                        .arg(view.columnWidth(column))
                                        .arg(metrics.horizontalAdvance(text))));
            }
        QVERIFY(view.columnWidth(3) < metrics.horizontalAdvance(QString(60, u'x')));
    }

    void toLongestTextsStaysWithinTheHeadersBounds()
    {
        QStandardItemModel model(1, 3);
        model.setItem(0, 0, new QStandardItem(QString(500, u'a')));
        model.setItem(0, 1, new QStandardItem(QString()));
        model.setItem(0, 2, new QStandardItem(u"数据数据数据数据"_qs));
        QTableView view;
        view.setModel(&model);
        view.horizontalHeader()->setMaximumSectionSize(320);
        view.horizontalHeader()->setStretchLastSection(false);
        ColumnFit::toLongestTexts(&view, 10);
        QCOMPARE(view.columnWidth(0), 320);
        QVERIFY(view.columnWidth(1) >= view.horizontalHeader()->minimumSectionSize());
        // Wide characters are measured as they are.
        QVERIFY(view.columnWidth(2) >= view.fontMetrics().horizontalAdvance(u"数据数据数据数据"_qs));
    }
};

QTEST_MAIN(TestColumnFit)
#include "tst_columnfit.moc"
