#include "DashboardWait.h"
#include "EditorTestSetup.h"
#include "Screenshot.h"
#include "common/DateEdit.h"
#include "common/MultiSelectButton.h"
#include "dashboard/DashboardSettings.h"
#include "dashboard/DashboardView.h"
#include "dashboard/FilterPanel.h"
#include "metrics/DashboardTime.h"
#include "workspace/WorkspaceTabs.h"

#include <QAction>
#include <QCheckBox>
#include <QDir>
#include <QLabel>
#include <QLineEdit>
#include <QListWidget>
#include <QMenu>
#include <QPainter>
#include <QProgressBar>
#include <QScreen>
#include <QScrollBar>
#include <QSignalSpy>
#include <QTemporaryDir>
#include <QTest>
#include <QToolButton>

using namespace LeadStage;

namespace {

constexpr int waitMs = DashboardWait::waitMs;

QString describe(const MetricsFilter &filter)
{
    QStringList parts;
    parts << (filter.from ? QString::number(*filter.from) : u"-"_qs)
          << (filter.to ? QString::number(*filter.to) : u"-"_qs);
    for (int d = 0; d < dimensionCount; ++d)
        parts << filter.values(Dimension(d)).join(u'|');
    for (const Grade grade : filter.grades)
        parts << gradeName(grade);
    return parts.join(u';');
}

QStringList longValues(int count, int length)
{
    QStringList values;
    for (int i = 0; i < count; ++i)
        values << u"Campaign %1 "_qs.arg(i, 3, 10, QChar(u'0')) + QString(length, u'x');
    return values;
}

// The window with the drop-down drawn where it is open: grab() sees one top-level only.
void saveWithPopup(QWidget &window, QMenu &menu, const QString &name)
{
    QCoreApplication::processEvents();
    QImage picture = window.grab().toImage();
    QPainter painter(&picture);
    const QPoint at = menu.geometry().topLeft() - window.geometry().topLeft();
    painter.drawPixmap(at, menu.grab());
    painter.end();
    // The top of the window down to below the list: what the picture is about, and small.
    const qreal ratio = picture.devicePixelRatio();
    const int bottom = std::min(window.height(), at.y() + menu.height() + 40);
    picture = picture.copy(0, 0, picture.width(), int(bottom * ratio));
    QDir().mkpath(QStringLiteral(LEADSTAGE_SCREENSHOTS));
    const QString path = QDir(QStringLiteral(LEADSTAGE_SCREENSHOTS)).filePath(name);
    QVERIFY(picture.save(path));
    qInfo("screenshot: %s", qPrintable(path));
}

} // namespace

class TestFilters : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_first;
    QString m_second;

    static DashboardView *dashboardOf(MainWindow &window) { return window.workspaceTabs()->dashboard(); }

    static bool waitForDashboard(MainWindow &window)
    {
        DashboardView *view = dashboardOf(window);
        return QTest::qWaitFor([&] { return !view->isBusy() && view->result(); }, waitMs);
    }

private Q_SLOTS:
    void initTestCase()
    {
        Testing::startWithFreshSettings();
        QVERIFY(m_dir.isValid());
        m_first = m_dir.filePath(u"first.leadstage"_qs);
        m_second = m_dir.filePath(u"second.leadstage"_qs);
        Testing::createYearDemo(m_first, 400);
        Testing::createYearDemo(m_second, 300);
    }

    void longFilterKeepsTheWindowWidth_data()
    {
        QTest::addColumn<int>("values");
        QTest::addColumn<int>("length");
        QTest::addColumn<int>("ticked");
        QTest::newRow("one long value ticked") << 5 << 160 << 1;
        QTest::newRow("300 values") << 300 << 10 << 0;
        QTest::newRow("300 long values, 3 ticked") << 300 << 120 << 3;
    }

    void longFilterKeepsTheWindowWidth()
    {
        QFETCH(int, values);
        QFETCH(int, length);
        QFETCH(int, ticked);
        auto window = Testing::openWindowOn(m_first, waitMs);
        window->resize(1280, 800);
        QVERIFY(waitForDashboard(*window));
        QCoreApplication::processEvents();
        const int width = window->width();
        QVERIFY(window->minimumSizeHint().width() <= 1280);

        FilterPanel *panel = dashboardOf(*window)->filterPanel();
        MultiSelectButton *campaigns = panel->valuesButton(Dimension::Campaign);
        const QStringList items = longValues(values, length);
        campaigns->setItems(items);
        campaigns->setChecked(items.mid(0, ticked));
        QCoreApplication::processEvents();
        QMenu *menu = campaigns->menu();
        menu->popup(campaigns->mapToGlobal(QPoint(0, campaigns->height())));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        QCoreApplication::processEvents();

        // The window keeps its width and could still be as narrow as the default size.
        QCOMPARE(window->width(), width);
        QVERIFY2(window->minimumSizeHint().width() <= 1280,
                 qPrintable(QString::number(window->minimumSizeHint().width())));
        QVERIFY(window->minimumWidth() <= 1280);
        // The button elides, its tooltip has the whole.
        QVERIFY(campaigns->width() <= campaigns->fontMetrics().averageCharWidth() * 40);
        if (ticked == 1)
            QVERIFY(campaigns->toolTip().contains(items.first()));
        // The list stays on the screen: it scrolls rather than grow.
        const QRect screen = campaigns->screen()->availableGeometry();
        // (At least 220 px wide: the offscreen screen is 800×600, 400×300 at a 200 % scale.)
        QVERIFY2(menu->width() <= std::max(screen.width() / 2, 260), qPrintable(QString::number(menu->width())));
        QVERIFY(menu->height() <= std::max(screen.height(), 300));
        if (values > 20) {
            QVERIFY(campaigns->list()->verticalScrollBar()->isVisible());
            QVERIFY(campaigns->search()->isVisible());
        }
        if (values == 300 && ticked == 3)
            saveWithPopup(*window, *menu, u"filter-long-campaigns-1280x800.png"_qs);
        menu->hide();
    }

    // The status beside the filters ("1,000,000 selected, as of …" and the busy bar) never
    // sets the window's least width: on 1 M leads it widened the window by 21 px on the
    // first filter and relaid and repainted all of it. It moves under the filters instead.
    void theStatusNeverWidensTheWindow()
    {
        auto window = Testing::openWindowOn(m_first, waitMs);
        window->resize(1366, 800);
        QVERIFY(waitForDashboard(*window));
        DashboardView *dashboard = dashboardOf(*window);
        auto *busy = dashboard->findChild<QProgressBar *>();
        QVERIFY(busy);
        QWidget *statusRow = busy->parentWidget();
        auto *status = statusRow->findChild<QLabel *>();
        QVERIFY(status);
        const int before = window->minimumSizeHint().width();
        status->setText(QString(120, u'8') + u" selected, as of 2026-11-30"_qs);
        busy->show();
        QCoreApplication::processEvents();
        QVERIFY2(window->minimumSizeHint().width() <= before,
                 qPrintable(u"%1 → %2"_qs.arg(before).arg(window->minimumSizeHint().width())));
        QCOMPARE(window->width(), 1366);
    }

    void searchNarrowsTheList()
    {
        MultiSelectButton button(u"Campaign"_qs);
        button.setItems(longValues(40, 4));
        QVERIFY(!button.search()->isHidden());
        button.search()->setText(u"Campaign 01"_qs); // 010 … 019
        int shown = 0;
        for (int row = 0; row < button.list()->count(); ++row)
            shown += button.list()->item(row)->isHidden() ? 0 : 1;
        QCOMPARE(shown, 10);
    }

    void clickingTheTextToggles_data()
    {
        QTest::addColumn<bool>("onTheBox");
        QTest::newRow("on the text") << false;
        QTest::newRow("on the check box") << true;
    }

    void clickingTheTextToggles()
    {
        QFETCH(bool, onTheBox);
        MultiSelectButton button(u"Source"_qs);
        button.setItems({u"Google Ads"_qs, u"LinkedIn"_qs, u"Webinar"_qs});
        button.show();
        QVERIFY(QTest::qWaitForWindowExposed(&button));
        button.menu()->popup(button.mapToGlobal(QPoint(0, button.height())));
        QVERIFY(QTest::qWaitForWindowExposed(button.menu()));
        QSignalSpy changed(&button, &MultiSelectButton::selectionChanged);
        QListWidget *list = button.list();
        const QRect row = list->visualItemRect(list->item(1));
        const QPoint where =
            onTheBox ? QPoint(row.left() + row.height() / 2, row.center().y()) : row.center() + QPoint(20, 0);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, where);
        QCOMPARE(button.checked(), QStringList{u"LinkedIn"_qs});
        QCOMPARE(changed.count(), 1);
        QCOMPARE(button.fullText(), u"Source: LinkedIn"_qs);
        QTest::mouseClick(list->viewport(), Qt::LeftButton, {}, where);
        QVERIFY(button.checked().isEmpty());
        QCOMPARE(changed.count(), 2);
        // The keyboard still ticks, with Space.
        list->setFocus();
        list->setCurrentRow(2);
        QTest::keyClick(list, Qt::Key_Space);
        QCOMPARE(button.checked(), QStringList{u"Webinar"_qs});
        button.menu()->hide();
    }

    void typedDates_data()
    {
        QTest::addColumn<QString>("typed");
        QTest::addColumn<QDate>("expected");
        QTest::addColumn<bool>("hinted");
        QTest::newRow("ISO date") << u"2025-10-31"_qs << QDate(2025, 10, 31) << false;
        QTest::newRow("leap day") << u"2024-02-29"_qs << QDate(2024, 2, 29) << false;
        QTest::newRow("letters") << u"2025-1x"_qs << QDate(2024, 1, 15) << true;
        QTest::newRow("month 13") << u"2025-13-01"_qs << QDate(2024, 1, 15) << true;
        QTest::newRow("day 32") << u"2025-10-32"_qs << QDate(2024, 1, 15) << true;
    }

    void typedDates()
    {
        QFETCH(QString, typed);
        QFETCH(QDate, expected);
        QFETCH(bool, hinted);
        QWidget window;
        auto *edit = new DateEdit(&window);
        auto *other = new QLineEdit(&window);
        other->move(0, 60);
        edit->setDate(QDate(2024, 1, 15));
        window.show();
        QVERIFY(QTest::qWaitForWindowExposed(&window));
        edit->setFocus();
        QCoreApplication::processEvents(); // the whole date is selected on focus
        QSignalSpy changed(edit, &QDateEdit::dateChanged);
        QTest::keyClicks(edit, typed);
        QTest::keyClick(edit, Qt::Key_Return);
        other->setFocus();
        QCOMPARE(edit->date(), expected);
        // No other date was ever taken on the way.
        for (const QList<QVariant> &signal : std::as_const(changed))
            QCOMPARE(signal.first().toDate(), expected);
        QCOMPARE(!edit->hint().isEmpty(), hinted);
        QCOMPARE(edit->text(), expected.toString(Qt::ISODate));
        if (hinted)
            QVERIFY2(edit->hint().contains(u"2025-10-31"_qs) || edit->hint().contains(u"2024-01-15"_qs),
                     qPrintable(edit->hint()));

        // Typing right after a whole date starts a new one.
        edit->setFocus();
        edit->findChild<QLineEdit *>()->deselect();
        edit->findChild<QLineEdit *>()->end(false);
        QTest::keyClicks(edit, u"2023-03-09"_qs);
        QTest::keyClick(edit, Qt::Key_Return);
        QCOMPARE(edit->date(), QDate(2023, 3, 9));
        QVERIFY(edit->hint().isEmpty());
    }

    void clearFiltersEmptiesTheFilter()
    {
        auto window = Testing::openWindowOn(m_first, waitMs);
        QVERIFY(waitForDashboard(*window));
        FilterPanel *panel = dashboardOf(*window)->filterPanel();
        QVERIFY(!panel->clearAction()->isEnabled()); // nothing to clear yet
        MetricsFilter filter;
        filter.grades = {Grade::A, Grade::B};
        filter.from = DashboardTime::startOf(QDate(2025, 3, 1));
        filter.sources = {u"Webinar"_qs};
        panel->setFilter(filter, Bucket::Quarter);
        QVERIFY(waitForDashboard(*window));
        QVERIFY(panel->clearAction()->isEnabled());
        QSignalSpy changed(panel, &FilterPanel::changed);
        QTest::keyClick(window.get(), Qt::Key_L, Qt::ControlModifier | Qt::ShiftModifier);
        QCOMPARE(changed.count(), 1);
        QCOMPARE(describe(panel->filter()), describe({}));
        QCOMPARE(panel->bucket(), Bucket::Quarter); // the bucket is a choice of view, not a filter
        QVERIFY(!panel->clearAction()->isEnabled());
        QVERIFY(waitForDashboard(*window));
        QCOMPARE(describe(DashboardSettings::loadFilter(m_first)), describe({}));
        panel->setFilter({}, Bucket::Month);
        QVERIFY(waitForDashboard(*window));
    }

    void savedViewRoundTrips()
    {
        const QString path = m_dir.filePath(u"views.leadstage"_qs);
        MetricsFilter webinars;
        webinars.sources = {u"Webinar"_qs};
        webinars.grades = {Grade::A};
        webinars.to = DashboardTime::endOf(QDate(2025, 10, 31));
        {
            FilterPanel panel;
            panel.valuesButton(Dimension::Source)->setItems({u"Google Ads"_qs, u"Webinar"_qs});
            panel.setWorkspacePath(path);
            QVERIFY(panel.viewNames().isEmpty());
            panel.setFilter(webinars, Bucket::Quarter);
            panel.saveView(u"  Webinars, A  "_qs);
            panel.setFilter({}, Bucket::Month);
            panel.saveView(u"Everything"_qs);
            QCOMPARE(panel.viewNames(), (QStringList{u"Webinars, A"_qs, u"Everything"_qs}));
        }
        FilterPanel panel;
        panel.valuesButton(Dimension::Source)->setItems({u"Google Ads"_qs, u"Webinar"_qs});
        panel.setWorkspacePath(path);
        QCOMPARE(panel.viewNames(), (QStringList{u"Webinars, A"_qs, u"Everything"_qs}));
        QSignalSpy changed(&panel, &FilterPanel::changed);
        QVERIFY(panel.applyView(u"Webinars, A"_qs));
        QCOMPARE(changed.count(), 1);
        QCOMPARE(describe(panel.filter()), describe(webinars));
        QCOMPARE(panel.bucket(), Bucket::Quarter);

        QVERIFY(!panel.renameView(u"Webinars, A"_qs, u"Everything"_qs)); // taken
        QVERIFY(!panel.renameView(u"Webinars, A"_qs, u"  "_qs));
        QVERIFY(panel.renameView(u"Webinars, A"_qs, u"Webinar leads"_qs));
        QVERIFY(panel.deleteView(u"Everything"_qs));
        QVERIFY(!panel.deleteView(u"Everything"_qs));
        QCOMPARE(DashboardSettings::loadViews(path).size(), std::size_t(1));
        QCOMPARE(DashboardSettings::loadViews(path).front().name, u"Webinar leads"_qs);
        QCOMPARE(describe(DashboardSettings::loadViews(path).front().filter), describe(webinars));
        // Views belong to their workspace.
        QVERIFY(DashboardSettings::loadViews(m_dir.filePath(u"other.leadstage"_qs)).empty());

        // The menu lists them.
        panel.viewsButton()->menu()->aboutToShow();
        QStringList texts;
        for (QAction *action : panel.viewsButton()->menu()->actions())
            texts << action->text();
        QVERIFY2(texts.contains(u"Webinar leads"_qs), qPrintable(texts.join(u", "_qs)));
    }

    void switchingWorkspaceRestoresItsFilter()
    {
        DashboardSettings::saveFilter(m_first, {});
        DashboardSettings::saveFilter(m_second, {});
        auto window = Testing::openWindowOn(m_first, waitMs);
        QVERIFY(waitForDashboard(*window));
        FilterPanel *panel = dashboardOf(*window)->filterPanel();
        MetricsFilter gradeA;
        gradeA.grades = {Grade::A};
        panel->setFilter(gradeA, Bucket::Quarter);
        // Switched before the change was computed: it still belongs to the first workspace.
        QSignalSpy opened(window.get(), &MainWindow::workspaceOpened);
        window->openWorkspace(m_second);
        QVERIFY(opened.wait(waitMs));
        QVERIFY(QTest::qWaitFor([&] { return dashboardOf(*window)->workspacePath() == m_second; }, waitMs));
        QVERIFY(waitForDashboard(*window));
        QCOMPARE(describe(panel->filter()), describe({})); // the second starts unfiltered
        QCOMPARE(panel->bucket(), Bucket::Month);
        QCOMPARE(describe(DashboardSettings::loadFilter(m_first)), describe(gradeA));

        MetricsFilter webinar;
        webinar.sources = {u"Webinar"_qs};
        panel->setFilter(webinar, Bucket::Month);
        QVERIFY(waitForDashboard(*window));

        window->openWorkspace(m_first);
        QVERIFY(opened.wait(waitMs));
        QVERIFY(waitForDashboard(*window));
        QVERIFY(QTest::qWaitFor([&] { return describe(panel->filter()) == describe(gradeA); }, waitMs));
        QCOMPARE(panel->bucket(), Bucket::Quarter);
        QCOMPARE(describe(DashboardSettings::loadFilter(m_second)), describe(webinar));
        // And a new workspace starts unfiltered.
        const QString fresh = m_dir.filePath(u"fresh.leadstage"_qs);
        window->createWorkspace(fresh);
        QVERIFY(opened.wait(waitMs));
        QVERIFY(QTest::qWaitFor([&] { return dashboardOf(*window)->workspacePath() == fresh; }, waitMs));
        QVERIFY(QTest::qWaitFor([&] { return !dashboardOf(*window)->isBusy(); }, waitMs));
        QCOMPARE(describe(panel->filter()), describe({}));
    }

    void screenshots_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }

    void screenshots()
    {
        QFETCH(QSize, size);
        auto window = Testing::openWindowOn(m_first, waitMs);
        window->resize(size);
        QVERIFY(waitForDashboard(*window));
        FilterPanel *panel = dashboardOf(*window)->filterPanel();
        MultiSelectButton *campaigns = panel->valuesButton(Dimension::Campaign);
        const QStringList items = campaigns->list()->count() ? QStringList() : QStringList();
        Q_UNUSED(items);
        MetricsFilter filter;
        filter.from = DashboardTime::startOf(QDate(2025, 1, 1));
        QStringList ticked;
        for (int row = 0; row < std::min(2, campaigns->list()->count()); ++row)
            ticked << campaigns->list()->item(row)->text();
        filter.campaigns = ticked;
        panel->setFilter(filter, Bucket::Month);
        QVERIFY(waitForDashboard(*window));
        // With room enough, nothing is elided.
        for (const MultiSelectButton *button : panel->findChildren<MultiSelectButton *>())
            QCOMPARE(button->text(), button->fullText());
        QMenu *menu = campaigns->menu();
        menu->popup(campaigns->mapToGlobal(QPoint(0, campaigns->height())));
        QVERIFY(QTest::qWaitForWindowExposed(menu));
        const QString scale = qEnvironmentVariableIsSet("QT_SCALE_FACTOR")
                                  ? u"-scale"_qs + qEnvironmentVariable("QT_SCALE_FACTOR")
                                  : QString();
        saveWithPopup(*window, *menu,
                      u"filter-campaigns-%1x%2%3.png"_qs.arg(size.width()).arg(size.height()).arg(scale));
        menu->hide();
        panel->setFilter({}, Bucket::Month);
        QVERIFY(waitForDashboard(*window));
    }
};

QTEST_MAIN(TestFilters)
#include "tst_filters.moc"
