#include "ImportActivitiesPage.h"

#include "ImportTasks.h"
#include "ImportWizard.h"
#include "WizardText.h"
#include "common/CompactComboBox.h"
#include "common/WrappedLabel.h"
#include "store/ActivityCatalog.h"

#include <QCheckBox>
#include <QComboBox>
#include <QHeaderView>
#include <QLabel>
#include <QProgressBar>
#include <QTableWidget>
#include <QVBoxLayout>

namespace LeadStage {

ImportActivitiesPage::ImportActivitiesPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_progress(new QProgressBar(this))
    , m_unmapped(new WrappedLabel(this))
    , m_create(new QCheckBox(tr("&Create a new activity for each name without one (track info, category "
                                "Imported: worth 0 points until a rule uses it)"),
                             this))
    , m_table(new QTableWidget(0, 3, this))
{
    setTitle(tr("Activity names"));
    setSubTitle(tr("Each activity name in the events files maps to a LeadStage activity, which the scoring "
                   "rules count. Rows whose name has no activity are rejected, with the reason."));
    m_progress->setRange(0, 1000);
    m_progress->setFormat(tr("Reading the whole file… %p%"));
    m_unmapped->setObjectName(u"unmappedActivities"_qs);
    m_table->setObjectName(u"activityTable"_qs);
    m_table->setHorizontalHeaderLabels({tr("Name in the file"), tr("Rows"), tr("LeadStage activity")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    m_table->setEditTriggers(QAbstractItemView::NoEditTriggers);
    auto *layout = new QVBoxLayout(this);
    layout->addWidget(m_progress);
    layout->addWidget(m_unmapped);
    layout->addWidget(m_create);
    layout->addWidget(m_table, 1);
    connect(&wizard->tasks(), &ImportTasks::scanProgressed, this,
            [this](qint64 done, qint64 total) { m_progress->setValue(total > 0 ? int(done * 1000 / total) : 0); });
    connect(wizard, &ImportWizard::scansChanged, this, &ImportActivitiesPage::rebuild);
    m_create->setObjectName(u"createActivities"_qs);
    m_create->setVisible(false);
    connect(m_create, &QCheckBox::toggled, this, [this](bool create) {
        m_wizard->draft().options.createActivities = create;
        updateUnmapped();
    });
}

void ImportActivitiesPage::initializePage()
{
    m_wizard->scanIfNeeded();
    rebuild();
}

bool ImportActivitiesPage::isComplete() const
{
    return !m_wizard->isScanning() && m_wizard->scanProblem().isEmpty() && m_wizard->draft().filesToScan().empty();
}

void ImportActivitiesPage::rebuild()
{
    m_progress->setVisible(m_wizard->isScanning());
    m_progress->setValue(0);
    if (m_wizard->isScanning()) {
        m_table->setRowCount(0);
        m_unmapped->setText(tr("Counting the activity names in the whole file…"));
        Q_EMIT completeChanged();
        return;
    }
    if (!m_wizard->scanProblem().isEmpty()) {
        m_table->setRowCount(0);
        m_unmapped->setText(u"<span style='color:#a00000'>%1</span>"_qs.arg(m_wizard->scanProblem().toHtmlEscaped()));
        Q_EMIT completeChanged();
        return;
    }
    ImportDraft &draft = m_wizard->draft();
    const QMap<QString, std::int64_t> counts = draft.activityCounts();
    m_table->setRowCount(int(counts.size()));
    int row = 0;
    for (auto it = counts.cbegin(); it != counts.cend(); ++it, ++row) {
        const QString name = it.key();
        m_table->setItem(row, 0, new QTableWidgetItem(name));
        auto *rows = new QTableWidgetItem(WizardText::number(it.value()));
        rows->setTextAlignment(Qt::AlignRight | Qt::AlignVCenter);
        m_table->setItem(row, 1, rows);
        auto *key = new CompactComboBox(m_table);
        key->setObjectName(u"activity:"_qs + name);
        key->addItem(noActivityText(), QString());
        for (const ActivityType &type : draft.activityTypes())
            key->addItem(u"%1 (%2)"_qs.arg(type.label, type.key), type.key);
        key->setCurrentIndex(std::max(0, key->findData(draft.activities.keyFor(name).value_or(QString()))));
        key->fitToLongestChoice();
        connect(key, &QComboBox::activated, this, [this, name, key] {
            m_wizard->draft().mapActivity(name, key->currentData().toString());
            updateUnmapped();
        });
        m_table->setCellWidget(row, 2, key);
    }
    updateUnmapped();
    Q_EMIT completeChanged();
}

QString ImportActivitiesPage::noActivityText() const
{
    return m_wizard->draft().options.createActivities ? tr("— a new activity, created by the import —")
                                                      : tr("— no activity: rows rejected —");
}

void ImportActivitiesPage::updateUnmapped()
{
    const QMap<QString, std::int64_t> unmapped = m_wizard->draft().unmappedActivities();
    m_create->setVisible(!unmapped.isEmpty());
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (auto *key = static_cast<CompactComboBox *>(qobject_cast<QComboBox *>(m_table->cellWidget(row, 2)))) {
            key->setItemText(0, noActivityText());
            key->fitToLongestChoice();
        }
    for (int row = 0; row < m_table->rowCount(); ++row) {
        const bool missing = unmapped.contains(m_table->item(row, 0)->text());
        for (int column = 0; column < 2; ++column)
            m_table->item(row, column)->setBackground(missing ? QColor(255, 225, 220) : QColor(Qt::transparent));
    }
    if (unmapped.isEmpty()) {
        m_unmapped->setText(m_table->rowCount() == 0 ? tr("The events files hold no activity names.")
                                                     : tr("Every activity name maps to a LeadStage activity."));
        return;
    }
    QStringList names;
    std::int64_t rows = 0;
    const bool create = m_wizard->draft().options.createActivities;
    for (auto it = unmapped.cbegin(); it != unmapped.cend(); ++it) {
        names << (create ? tr("'%1' (%2) as %3")
                               .arg(it.key(), WizardText::number(it.value()), ActivityMap::newKeyFor(it.key()))
                         : u"'%1' (%2)"_qs.arg(it.key(), WizardText::number(it.value())));
        rows += it.value();
    }
    if (create) {
        m_unmapped->setText(tr("New activities will be created for %1, worth 0 points until a rule uses them.")
                                .arg(names.join(u", "_qs)));
        return;
    }
    m_unmapped->setText(u"<span style='color:#a00000'>%1</span>"_qs.arg(
        tr("No activity for %1: their %2 rows will be rejected unless you choose one below.")
            .arg(names.join(u", "_qs), WizardText::number(rows))
            .toHtmlEscaped()));
}

} // namespace LeadStage
