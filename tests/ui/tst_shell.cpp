// What every desktop application has around its pages: the Help menu (shortcuts read from
// the actions, the user guide, About), Preferences, the toolbar, the title's modified mark,
// Save as Draft — and no mnemonic "&", command-line option or design jargon shown as text.

#include "AppSettings.h"
#include "Application.h"
#include "DashboardWait.h"
#include "EditorTestSetup.h"
#include "MainWindow.h"
#include "Screenshot.h"
#include "StoredSettings.h"
#include "importwizard/ImportWizard.h"
#include "report/ReportExportDialog.h"
#include "ruleeditor/ModelDraft.h"
#include "ruleeditor/ModelEditorPage.h"
#include "ruleeditor/VersionHistoryDialog.h"
#include "scoring/ModelStore.h"
#include "shell/AboutDialog.h"
#include "shell/PreferencesDialog.h"
#include "shell/ShortcutList.h"
#include "shell/ShortcutsDialog.h"
#include "shell/Theme.h"
#include "shell/UserGuide.h"
#include "shell/WindowWording.h"
#include "store/Database.h"
#include "store/Statement.h"
#include "store/Workspace.h"
#include "workspace/WorkspaceTabs.h"

#include <QAbstractButton>
#include <QAbstractItemView>
#include <QApplication>
#include <QComboBox>
#include <QDateEdit>
#include <QDirIterator>
#include <QGroupBox>
#include <QHeaderView>
#include <QLabel>
#include <QMenu>
#include <QMenuBar>
#include <QRadioButton>
#include <QRegularExpression>
#include <QTableWidget>
#include <QTemporaryDir>
#include <QTest>
#include <QTimeZone>
#include <QToolBar>
#include <QTranslator>
#include <QUndoStack>

using namespace LeadStage;

namespace {

// Every lead's stored state in one string: a rescore would change it (as_of, model_id at least).
QString leadStateText(Database &database)
{
    auto query = database.prepare("SELECT lead_id, model_id, as_of, engagement, stage, iql_at, mql_at FROM "
                                  "lead_state ORDER BY lead_id");
    if (!query)
        qFatal("%s", qPrintable(query.error().toString()));
    QString text;
    while (true) {
        auto row = query->step();
        if (!row || !*row)
            break;
        for (int column = 0; column < 7; ++column)
            text += query->text(column) + u',';
        text += u'\n';
    }
    return text;
}

// A "&" a person would see: not "&&" (a shown "&") and not an HTML entity.
bool showsMnemonic(const QString &text)
{
    static const QRegularExpression mark(uR"(&(?!&|[a-z]+;|#\d+;)(?<!&&))"_qs);
    QString plain = text;
    plain.replace(u"&&"_qs, QString());
    return mark.match(plain).hasMatch();
}

bool showsJargon(const QString &text)
{
    return text.contains(u"DESIGN"_qs) || text.contains(u'§');
}

struct ShownText
{
    QString where;
    QString text;
    bool mnemonicAllowed; // a menu, button or label with a buddy turns "&" into an underline
};

void collectModelTexts(const QAbstractItemModel *model, const QString &where, QList<ShownText> &texts)
{
    if (!model)
        return;
    for (int column = 0; column < model->columnCount(); ++column)
        texts << ShownText{where + u" header"_qs, model->headerData(column, Qt::Horizontal).toString(), false}
              << ShownText{where + u" header tip"_qs,
                           model->headerData(column, Qt::Horizontal, Qt::ToolTipRole).toString(), false};
    for (int row = 0; row < std::min(model->rowCount(), 50); ++row)
        for (int column = 0; column < model->columnCount(); ++column) {
            const QModelIndex index = model->index(row, column);
            texts << ShownText{where, index.data(Qt::DisplayRole).toString(), false}
                  << ShownText{where + u" tip"_qs, index.data(Qt::ToolTipRole).toString(), false};
        }
}

QList<ShownText> shownTexts(QWidget *root)
{
    QList<ShownText> texts;
    QList<QWidget *> widgets = root->findChildren<QWidget *>();
    widgets.prepend(root);
    for (QWidget *widget : std::as_const(widgets)) {
        const QString name = QString::fromLatin1(widget->metaObject()->className()) + u' ' + widget->objectName();
        texts << ShownText{name + u" tooltip"_qs, widget->toolTip(), false}
              << ShownText{name + u" status tip"_qs, widget->statusTip(), false}
              << ShownText{name + u" title"_qs, widget->windowTitle(), false};
        if (auto *label = qobject_cast<QLabel *>(widget))
            texts << ShownText{name, label->text(), label->buddy() != nullptr};
        else if (auto *button = qobject_cast<QAbstractButton *>(widget))
            texts << ShownText{name, button->text(), true};
        else if (auto *box = qobject_cast<QGroupBox *>(widget))
            texts << ShownText{name, box->title(), true};
        else if (auto *combo = qobject_cast<QComboBox *>(widget))
            for (int i = 0; i < combo->count(); ++i)
                texts << ShownText{name, combo->itemText(i), false};
        else if (auto *view = qobject_cast<QAbstractItemView *>(widget))
            collectModelTexts(view->model(), name, texts);
    }
    for (QAction *action : root->findChildren<QAction *>()) {
        const QString name = u"action "_qs + action->objectName() + u' ' + action->text();
        texts << ShownText{name, action->text(), true} << ShownText{name + u" icon text"_qs, action->iconText(), false}
              << ShownText{name + u" tooltip"_qs, action->toolTip(), false}
              << ShownText{name + u" status tip"_qs, action->statusTip(), false};
    }
    return texts;
}

QStringList problemsIn(const QList<ShownText> &texts)
{
    QStringList problems;
    for (const ShownText &shown : texts) {
        if (shown.text.isEmpty())
            continue;
        if (!shown.mnemonicAllowed && showsMnemonic(shown.text) && !shown.text.contains(u'<'))
            problems << u"“&” shown: %1: %2"_qs.arg(shown.where, shown.text);
        if (namesCommandLine(shown.text))
            problems << u"command line shown: %1: %2"_qs.arg(shown.where, shown.text);
        if (showsJargon(shown.text))
            problems << u"jargon shown: %1: %2"_qs.arg(shown.where, shown.text);
    }
    problems.removeDuplicates();
    return problems;
}

} // namespace

class TestShell : public QObject
{
    Q_OBJECT

    QTemporaryDir m_dir;
    QString m_workspace;

    std::unique_ptr<MainWindow> openEditor()
    {
        auto window = Testing::openWindowOn(m_workspace, 30000);
        ModelEditorPage *page = window->workspaceTabs()->modelEditor();
        if (!QTest::qWaitFor([&] { return page->draft()->hasModel() && !page->isLoading(); }, 30000))
            qFatal("editor did not load");
        return window;
    }

private Q_SLOTS:
    void initTestCase()
    {
        Testing::startWithFreshSettings();
        m_workspace = m_dir.filePath(u"Pipeline 2025.leadstage"_qs);
        Testing::createYearDemo(m_workspace, 400);
    }

    void init()
    {
        StoredSettings::clearAll();
        Theme::apply(u"system"_qs);
    }

    void helpMenuHasShortcutsGuideAndAbout()
    {
        MainWindow window;
        auto *help = window.menuBar()->findChild<QMenu *>(u"helpMenu"_qs);
        QVERIFY(help);
        QStringList names;
        for (QAction *action : help->actions())
            names << action->objectName();
        QVERIFY(names.contains(u"userGuideAction"_qs));
        QVERIFY(names.contains(u"shortcutsAction"_qs));
        QVERIFY(names.contains(u"aboutAction"_qs));
        QCOMPARE(window.findChild<QAction *>(u"userGuideAction"_qs)->shortcut(),
                 QKeySequence(QKeySequence::HelpContents));
    }

    void shortcutsDialogListsEveryActionWithAShortcut()
    {
        auto window = openEditor();
        ShortcutsDialog dialog(window.get());
        QTableWidget *table = dialog.table();
        QSet<QString> rows;
        for (int row = 0; row < table->rowCount(); ++row) {
            rows.insert(table->item(row, 0)->text() + u'\n' + table->item(row, 1)->text());
            QVERIFY2(!showsMnemonic(table->item(row, 0)->text()), qPrintable(table->item(row, 0)->text()));
        }
        int withKeys = 0;
        for (QAction *action : window->findChildren<QAction *>()) {
            if (action->shortcut().isEmpty())
                continue;
            ++withKeys;
            QVERIFY2(!action->text().isEmpty(),
                     qPrintable(u"an action with keys and no name: "_qs + action->shortcut().toString() + u' '
                                + action->objectName()));
            bool listed = false;
            for (const QString &row : std::as_const(rows))
                listed = listed
                         || (row.startsWith(withoutMnemonic(action->text()) + u'\n')
                             && row.contains(action->shortcut().toString(QKeySequence::NativeText)));
            QVERIFY2(listed, qPrintable(action->text()));
        }
        QVERIFY(withKeys >= 15);
        QVERIFY(rows.size() >= 12);
        dialog.show();
        Testing::saveScreenshot(dialog, u"shell-shortcuts.png"_qs);
    }

    void mnemonicMarksAreDropped_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("plain");
        QTest::newRow("mark before a letter") << u"&Open Workspace…"_qs << u"Open Workspace…"_qs;
        QTest::newRow("mark inside a word") << u"Scoring &Model"_qs << u"Scoring Model"_qs;
        QTest::newRow("a shown ampersand") << u"Sales && Marketing"_qs << u"Sales & Marketing"_qs;
        QTest::newRow("no mark") << u"Preferences"_qs << u"Preferences"_qs;
    }

    void mnemonicMarksAreDropped()
    {
        QFETCH(QString, text);
        QFETCH(QString, plain);
        QCOMPARE(LeadStage::withoutMnemonic(text), plain);
    }

    void userGuideIsEmbeddedAndRendersToHtml()
    {
        QVERIFY(UserGuide::markdown().contains(u"## The window"_qs));
        QTemporaryDir folder;
        auto path = UserGuide::writeHtml(folder.path());
        QVERIFY2(path, path ? "" : qPrintable(path.error().toString()));
        QFile file(*path);
        QVERIFY(file.open(QIODevice::ReadOnly));
        const QString html = QString::fromUtf8(file.readAll());
        QVERIFY(html.contains(u"<h2"_qs));
        QVERIFY(html.contains(u"Save as draft"_qs));
        QVERIFY(!html.contains(u"## "_qs)); // rendered, not the Markdown itself
    }

    void aboutNamesEachLibraryWithAVersion_data()
    {
        QTest::addColumn<QString>("library");
        for (const char *name : {"Qt", "SQLite", "QCustomPlot", "libxlsxwriter", "minizip", "Eigen"})
            QTest::newRow(name) << QString::fromLatin1(name);
    }

    void aboutNamesEachLibraryWithAVersion()
    {
        QFETCH(QString, library);
        AboutDialog dialog;
        auto *table = dialog.findChild<QTableWidget *>(u"aboutLibraries"_qs);
        QVERIFY(table);
        static const QRegularExpression version(uR"(^\d+\.\d+(\.\d+)?)"_qs);
        bool found = false;
        for (int row = 0; row < table->rowCount(); ++row) {
            if (table->item(row, 0)->text() != library)
                continue;
            found = true;
            QVERIFY2(version.match(table->item(row, 1)->text()).hasMatch(), qPrintable(table->item(row, 1)->text()));
        }
        QVERIFY(found);
        QVERIFY(dialog.findChild<QLabel *>(u"aboutText"_qs)->text().contains(u"General Public License"_qs));
        QVERIFY(dialog.findChild<QLabel *>(u"aboutTitle"_qs)->text().contains(QApplication::applicationVersion()));
        if (library == u"Qt"_qs) {
            dialog.show();
            Testing::saveScreenshot(dialog, u"shell-about.png"_qs);
        }
    }

    void preferencesPersistAndApply()
    {
        const QColor platformWindow = QApplication::palette().color(QPalette::Window);
        {
            PreferencesDialog dialog;
            dialog.show();
            Testing::saveScreenshot(dialog, u"shell-preferences.png"_qs);
            dialog.language()->setCurrentIndex(dialog.language()->findData(u"de"_qs));
            dialog.dateStyle()->setCurrentIndex(dialog.dateStyle()->findData(u"locale"_qs));
            dialog.theme()->setCurrentIndex(dialog.theme()->findData(u"dark"_qs));
            dialog.fixedDate()->setChecked(true);
            dialog.fixedDateEdit()->setDate(QDate(2025, 6, 30));
            QVERIFY(dialog.findChild<QLabel *>(u"languageNote"_qs)->text().contains(u"next start"_qs));
            dialog.apply();
        }
        QCOMPARE(AppSettings::language().get(), u"de"_qs);
        QCOMPARE(AppSettings::dateStyle().get(), u"locale"_qs);
        QCOMPARE(AppSettings::theme().get(), u"dark"_qs);
        QCOMPARE(AppSettings::analysisDate().get(), u"2025-06-30"_qs);
        // The theme applies at once.
        QCOMPARE(QApplication::palette().color(QPalette::Window), Theme::darkPalette().color(QPalette::Window));
        QCOMPARE(QApplication::style()->name().toLower(), u"fusion"_qs);
        {
            // A new dialog shows what was chosen; back to the system's theme and the workspace's date.
            PreferencesDialog dialog;
            dialog.show();
            Testing::saveScreenshot(dialog, u"shell-preferences-dark.png"_qs);
            QCOMPARE(dialog.language()->currentData().toString(), u"de"_qs);
            QCOMPARE(dialog.dateStyle()->currentData().toString(), u"locale"_qs);
            QVERIFY(dialog.fixedDate()->isChecked());
            dialog.theme()->setCurrentIndex(dialog.theme()->findData(u"system"_qs));
            dialog.latestDate()->setChecked(true);
            dialog.apply();
        }
        QCOMPARE(AppSettings::analysisDate().get(), QString());
        QCOMPARE(QApplication::palette().color(QPalette::Window), platformWindow);
    }

    void applicationLoadsTheChosenLanguage()
    {
        AppSettings::language().set(u"de"_qs);
        QCOMPARE(Application::chosenLocale().language(), QLocale::German);
        Application::installTranslations(*qApp);
        QCOMPARE(QLocale().language(), QLocale::German);
        // The German file exists: the window's words change.
        QCOMPARE(QCoreApplication::translate("LeadStage::MainWindow", "&File") == u"&File"_qs, false);
        for (QTranslator *translator : qApp->findChildren<QTranslator *>()) {
            QCoreApplication::removeTranslator(translator);
            delete translator;
        }
        AppSettings::language().set(QString());
        QLocale::setDefault(QLocale(QLocale::English, QLocale::UnitedStates));
        QCOMPARE(QCoreApplication::translate("LeadStage::MainWindow", "&File"), u"&File"_qs);
    }

    void fixedAnalysisDateRescoresOnOpen()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"dated.leadstage"_qs);
        QVERIFY(QFile::copy(m_workspace, copy));
        AppSettings::analysisDate().set(u"2025-06-30"_qs);
        auto window = Testing::openWindowOn(copy, 30000);
        const std::int64_t expected =
            QDateTime(QDate(2025, 6, 30), QTime(23, 59, 59), QTimeZone::utc()).toSecsSinceEpoch();
        auto query = window->workspace()->database().prepare("SELECT min(as_of), max(as_of) FROM lead_state");
        QVERIFY(query);
        auto row = query->step();
        QVERIFY(row && *row);
        QCOMPARE(query->int64(0), expected);
        QCOMPARE(query->int64(1), expected);
    }

    void titleHasTheFileNameAndTheModifiedMark()
    {
        auto window = openEditor();
        QCOMPARE(window->windowTitle(), u"Pipeline 2025[*] — LeadStage"_qs);
        QVERIFY(!window->isWindowModified());
        ModelDraft *draft = window->workspaceTabs()->modelEditor()->draft();
        Thresholds thresholds = draft->model().thresholds;
        thresholds.iql += 5;
        QVERIFY(draft->setThresholds(thresholds));
        QVERIFY(window->isWindowModified());
        draft->undoStack()->undo();
        QVERIFY(!window->isWindowModified());
        auto *toolBar = window->findChild<QToolBar *>(u"mainToolBar"_qs);
        QVERIFY(toolBar);
        QVERIFY(toolBar->actions().size() >= 5);
        for (QAction *action : toolBar->actions())
            if (!action->isSeparator()) {
                QVERIFY2(!action->icon().isNull(), qPrintable(action->text()));
                QVERIFY2(action->shortcut().isEmpty()
                             || action->toolTip().contains(action->shortcut().toString(QKeySequence::NativeText)),
                         qPrintable(action->toolTip()));
            }
        Testing::saveScreenshot(*toolBar, u"shell-toolbar.png"_qs);
    }

    // The window with its toolbar and the Help menu open, at the sizes analysts use (run with
    // QT_SCALE_FACTOR=2 for the 200 % pictures).
    void windowAtCommonSizes_data()
    {
        QTest::addColumn<QSize>("size");
        QTest::newRow("1280x800") << QSize(1280, 800);
        QTest::newRow("1920x1080") << QSize(1920, 1080);
    }

    void windowAtCommonSizes()
    {
        QFETCH(QSize, size);
        auto window = openEditor();
        window->resize(size);
        window->workspaceTabs()->setCurrentIndex(0);
        if (auto *dashboard = window->findChild<DashboardView *>())
            QVERIFY(DashboardWait::untilReady(*dashboard));
        const QString scale = qEnvironmentVariable("QT_SCALE_FACTOR", u"1"_qs);
        const QString suffix = u"%1x%2@%3"_qs.arg(size.width()).arg(size.height()).arg(scale);
        auto *toolBar = window->findChild<QToolBar *>(u"mainToolBar"_qs);
        QVERIFY(toolBar->isVisible());
        // Every tool button shows its whole text: the toolbar needs no overflow menu at this width.
        QVERIFY2(toolBar->sizeHint().width() <= window->width(), qPrintable(suffix));
        Testing::saveScreenshot(*window, u"shell-window-%1.png"_qs.arg(suffix));
        auto *help = window->menuBar()->findChild<QMenu *>(u"helpMenu"_qs);
        help->popup(window->mapToGlobal(QPoint(200, 30)));
        QTRY_VERIFY(help->isVisible());
        Testing::saveScreenshot(*help, u"shell-help-menu-%1.png"_qs.arg(suffix));
        help->hide();
        PreferencesDialog preferences(window.get());
        preferences.show();
        Testing::saveScreenshot(preferences, u"shell-preferences-%1.png"_qs.arg(suffix));
        ShortcutsDialog shortcuts(window.get(), window.get());
        shortcuts.show();
        Testing::saveScreenshot(shortcuts, u"shell-shortcuts-%1.png"_qs.arg(suffix));
        AboutDialog about(window.get());
        about.show();
        Testing::saveScreenshot(about, u"shell-about-%1.png"_qs.arg(suffix));
    }

    // The dark theme reaches an open window at once, not only new dialogs.
    void darkThemeReachesTheOpenWindow()
    {
        auto window = openEditor();
        window->resize(1280, 800);
        AppSettings::theme().set(u"dark"_qs);
        Theme::applyFromSettings();
        QTRY_COMPARE(window->palette().color(QPalette::Window), Theme::darkPalette().color(QPalette::Window));
        QCOMPARE(window->workspaceTabs()->palette().color(QPalette::Base), Theme::darkPalette().color(QPalette::Base));
        // The picture once the figures are drawn: the charts follow the dark palette too.
        if (auto *dashboard = window->findChild<DashboardView *>())
            QVERIFY(DashboardWait::untilReady(*dashboard));
        Testing::saveScreenshot(*window, u"shell-window-dark.png"_qs);
        window->workspaceTabs()->setCurrentWidget(window->workspaceTabs()->modelEditor());
        Testing::saveScreenshot(*window, u"shell-window-dark-editor.png"_qs);
        Theme::apply(u"system"_qs);
    }

    void saveAsDraftStoresAnInactiveVersionWithoutRescoring()
    {
        QTemporaryDir dir;
        const QString copy = dir.filePath(u"draft.leadstage"_qs);
        QVERIFY(QFile::copy(m_workspace, copy));
        auto window = Testing::openWindowOn(copy, 30000);
        ModelEditorPage *page = window->workspaceTabs()->modelEditor();
        QVERIFY(QTest::qWaitFor([&] { return page->draft()->hasModel() && !page->isLoading(); }, 30000));
        Database &database = window->workspace()->database();
        ModelStore store(database);
        const auto before = store.list();
        QVERIFY(before);
        const auto activeBefore = store.active();
        QVERIFY(activeBefore && *activeBefore);
        const QString statesBefore = leadStateText(database);
        QVERIFY(!statesBefore.isEmpty());

        Thresholds thresholds = page->draft()->model().thresholds;
        thresholds.mql += 10;
        QVERIFY(page->draft()->setThresholds(thresholds));
        QVERIFY(window->isWindowModified());
        QVERIFY(page->saveAsDraft(u"Default"_qs, u"Higher MQL bar, to try"_qs));
        QVERIFY(!page->isSaving());

        const auto after = store.list();
        QVERIFY(after);
        QCOMPARE(after->size(), before->size() + 1);
        const auto saved = std::max_element(after->begin(), after->end(),
                                            [](const ModelVersion &a, const ModelVersion &b) { return a.id < b.id; });
        QVERIFY(!saved->active);
        QCOMPARE(saved->comment, u"Higher MQL bar, to try"_qs);
        auto savedModel = store.load(saved->id);
        QVERIFY(savedModel);
        QCOMPARE(savedModel->thresholds.mql, thresholds.mql);
        const auto activeAfter = store.active();
        QVERIFY(activeAfter && *activeAfter);
        QCOMPARE((*activeAfter)->id, (*activeBefore)->id);
        QCOMPARE(leadStateText(database), statesBefore);
        // Stored: nothing unsaved, but still a draft beside the active model.
        QVERIFY(!window->isWindowModified());
        QVERIFY(page->draft()->isDirty());
        QVERIFY(page->confirmClose([] {}));
        QVERIFY(page->messageText().contains(u"not active"_qs));
        window->workspaceTabs()->setCurrentWidget(page);
        window->resize(1280, 800);
        Testing::saveScreenshot(*window, u"shell-saved-draft.png"_qs);
    }

    void windowWordingDropsCommandLines_data()
    {
        QTest::addColumn<QString>("text");
        QTest::addColumn<QString>("shown");
        QTest::newRow("hint with a command")
            << u"Choose a .leadstage file. To make a new workspace, use File → New Workspace, `leadstage import "
               "FILE --leads …` or `leadstage demo --out FILE`."_qs
            << u"Choose a .leadstage file."_qs;
        QTest::newRow("only a command") << u"Set it again with `leadstage score FILE --as-of YYYY-MM-DD`."_qs
                                        << QString();
        QTest::newRow("both ways in brackets")
            << u"Choose the file's encoding (--encoding on the command line, Encoding in the import wizard): "
               "UTF-8."_qs
            << u"Choose the file's encoding (Encoding in the import wizard): UTF-8."_qs;
        QTest::newRow("no command") << u"Choose a .leadstage file inside it."_qs
                                    << u"Choose a .leadstage file inside it."_qs;
    }

    void windowWordingDropsCommandLines()
    {
        QFETCH(QString, text);
        QFETCH(QString, shown);
        QCOMPARE(withoutCommandLine(text), shown);
    }

    void guiShowsNoMnemonicOptionOrJargon()
    {
        auto window = openEditor();
        QStringList problems;
        WorkspaceTabs *tabs = window->workspaceTabs();
        for (int page = 0; page < tabs->count(); ++page) {
            tabs->setCurrentIndex(page);
            QTRY_VERIFY(tabs->currentWidget()->isVisible());
            const QList<ShownText> texts = shownTexts(window.get());
            QVERIFY(texts.size() > 1000); // the whole window was read, not an empty one
            problems << problemsIn(texts);
        }
        // The scan itself: a label without a buddy shows its "&".
        QLabel marked(u"&Name:"_qs);
        QCOMPARE(problemsIn(shownTexts(&marked)).size(), 1);
        for (QMenu *menu : window->menuBar()->findChildren<QMenu *>())
            problems << problemsIn(shownTexts(menu));
        PreferencesDialog preferences;
        AboutDialog about;
        ShortcutsDialog shortcuts(window.get());
        ModelEditorPage *editor = tabs->modelEditor();
        editor->showVersionHistory();
        ImportWizard wizard(editor->workspace(), {}, window.get());
        ReportExportDialog report(window->workspace()->path(), MetricsFilter{}, window.get());
        for (QWidget *dialog : std::initializer_list<QWidget *>{&preferences, &about, &shortcuts,
                                                                editor->versionHistory(), &wizard, &report})
            problems << problemsIn(shownTexts(dialog));
        editor->versionHistory()->close();
        problems.removeDuplicates();
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }

    // The tr() texts of ui/ read as a person would: no option, command or design section.
    void translatableTextsShowNoOptionOrJargon()
    {
        static const QRegularExpression trCall(u"\\btr\\(\\s*((?:\"(?:[^\"\\\\]|\\\\.)*\"\\s*)+)"_qs);
        static const QRegularExpression pieces(u"\"((?:[^\"\\\\]|\\\\.)*)\""_qs);
        QStringList problems;
        int texts = 0;
        QDirIterator files(QStringLiteral(LEADSTAGE_UI_SOURCES), {u"*.cpp"_qs}, QDir::Files,
                           QDirIterator::Subdirectories);
        while (files.hasNext()) {
            const QString path = files.next();
            QFile file(path);
            QVERIFY(file.open(QIODevice::ReadOnly));
            const QString source = QString::fromUtf8(file.readAll());
            for (auto call = trCall.globalMatch(source); call.hasNext();) {
                QString text;
                for (auto piece = pieces.globalMatch(call.next().captured(1)); piece.hasNext();)
                    text += piece.next().captured(1);
                ++texts;
                if (namesCommandLine(text) || showsJargon(text))
                    problems << QFileInfo(path).fileName() + u": "_qs + text;
            }
        }
        QVERIFY(texts > 500);
        QVERIFY2(problems.isEmpty(), qPrintable(problems.join(u'\n')));
    }
};

QTEST_MAIN(TestShell)
#include "tst_shell.moc"
