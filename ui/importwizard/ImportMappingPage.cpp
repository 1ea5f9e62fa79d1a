#include "ImportMappingPage.h"

#include "CountEventsChoices.h"
#include "ImportSettings.h"
#include "ImportWizard.h"
#include "LeadFileChoices.h"
#include "WizardText.h"
#include "common/ChoiceDelegate.h"
#include "common/WrappedLabel.h"

#include <QComboBox>
#include <QDir>
#include <QFileDialog>
#include <QFileInfo>
#include <QFormLayout>
#include <QHBoxLayout>
#include <QHeaderView>
#include <QLabel>
#include <QLineEdit>
#include <QPushButton>
#include <QSignalBlocker>
#include <QTableWidget>
#include <QVBoxLayout>

namespace LeadStage {

namespace {
const QString builtinTag = u"builtin:"_qs;
const QString savedTag = u"saved:"_qs;
} // namespace

ImportMappingPage::ImportMappingPage(ImportWizard *wizard)
    : QWizardPage(wizard)
    , m_wizard(wizard)
    , m_file(new QComboBox(this))
    , m_presets(new QComboBox(this))
    , m_table(new QTableWidget(0, 3, this))
    , m_presetName(new QLineEdit(this))
    , m_save(new QPushButton(tr("Save as &Preset"), this))
    , m_saveFile(new QPushButton(tr("Save to F&ile…"), this))
    , m_message(new WrappedLabel(this))
    , m_saved(new WrappedLabel(this))
    , m_leadChoices(new LeadFileChoices(wizard->draft(), this))
    , m_countEvents(new CountEventsChoices(wizard->draft(), this))
    , m_fields(new ChoiceDelegate(this))
{
    setTitle(tr("Column mapping"));
    setSubTitle(tr("Which column feeds which field. Columns mapped to no field are kept with the lead as "
                   "attributes (attrs), usable by field rules."));
    m_file->setObjectName(u"mappingFile"_qs);
    m_presets->setObjectName(u"presets"_qs);
    m_presets->setToolTip(tr("Map every column the way a built-in or saved preset does"));
    m_table->setObjectName(u"mappingTable"_qs);
    m_table->setHorizontalHeaderLabels({tr("Column"), tr("Sample values"), tr("Goes to")});
    m_table->horizontalHeader()->setSectionResizeMode(0, QHeaderView::ResizeToContents);
    m_table->horizontalHeader()->setSectionResizeMode(1, QHeaderView::Stretch);
    m_table->horizontalHeader()->setSectionResizeMode(2, QHeaderView::ResizeToContents);
    m_table->verticalHeader()->hide();
    // The field cells are drop-downs drawn by one delegate: a click opens one, and so do F2
    // and any key on the current cell (Space or Alt+Down then shows its list).
    m_table->setItemDelegateForColumn(2, m_fields);
    m_table->setEditTriggers(QAbstractItemView::EditKeyPressed | QAbstractItemView::AnyKeyPressed);
    m_presetName->setObjectName(u"presetName"_qs);
    m_presetName->setPlaceholderText(tr("Name, e.g. Our HubSpot"));
    m_save->setObjectName(u"savePreset"_qs);
    m_save->setToolTip(tr("Keep this mapping (all files, with the activity names and date formats) under a name"));
    m_saveFile->setObjectName(u"saveMappingFile"_qs);
    m_saveFile->setToolTip(
        tr("Write this mapping to a file you can edit, keep or give to a colleague; Load Preset File reads it "
           "back"));
    m_message->setObjectName(u"mappingMessage"_qs);
    auto *load = new QPushButton(tr("&Load Preset File…"), this);
    load->setToolTip(tr("Use a mapping file saved elsewhere (for example by a colleague)"));

    auto *top = new QFormLayout;
    top->addRow(tr("&File:"), m_file);
    auto *presetRow = new QHBoxLayout;
    presetRow->addWidget(m_presets, 1);
    presetRow->addWidget(load);
    // A row of a layout has no buddy of its own: without one the label would show its "&".
    auto *presetLabel = new QLabel(tr("Pr&eset:"), this);
    presetLabel->setBuddy(m_presets);
    top->addRow(presetLabel, presetRow);
    auto *saveRow = new QHBoxLayout;
    saveRow->addWidget(m_presetName, 1);
    saveRow->addWidget(m_save);
    saveRow->addWidget(m_saveFile);
    auto *saveLabel = new QLabel(tr("Save &as:"), this);
    saveLabel->setBuddy(m_presetName);
    top->addRow(saveLabel, saveRow);
    auto *layout = new QVBoxLayout(this);
    layout->addLayout(top);
    layout->addWidget(m_saved);
    layout->addWidget(m_table, 1);
    layout->addWidget(m_message);
    layout->addWidget(m_countEvents);
    layout->addWidget(m_leadChoices);

    connect(m_file, &QComboBox::currentIndexChanged, this, &ImportMappingPage::showFile);
    connect(m_table, &QTableWidget::itemChanged, this, &ImportMappingPage::fieldChosen);
    connect(m_table, &QAbstractItemView::clicked, this, [this](const QModelIndex &index) {
        if (index.column() == 2)
            if (QComboBox *chooser = openChooser(index.row()))
                chooser->showPopup();
    });
    connect(m_leadChoices, &LeadFileChoices::changed, this, &ImportMappingPage::updateMessage);
    connect(m_countEvents, &CountEventsChoices::changed, this, &ImportMappingPage::completeChanged);
    connect(m_presets, &QComboBox::activated, this, &ImportMappingPage::presetChosen);
    connect(load, &QPushButton::clicked, this, &ImportMappingPage::loadPresetFile);
    connect(m_save, &QPushButton::clicked, this, &ImportMappingPage::saveAsPreset);
    connect(m_saveFile, &QPushButton::clicked, this, &ImportMappingPage::saveToFile);
    connect(m_presetName, &QLineEdit::returnPressed, this, &ImportMappingPage::saveAsPreset);
    connect(m_presetName, &QLineEdit::textChanged, this,
            [this](const QString &text) { m_save->setEnabled(!text.trimmed().isEmpty()); });
    m_save->setEnabled(false);
}

void ImportMappingPage::initializePage()
{
    const QSignalBlocker blocker(m_file);
    m_file->clear();
    for (int i = 0; i < m_wizard->draft().fileCount(); ++i)
        m_file->addItem(m_wizard->draft().file(i).fileName() + u" — "_qs
                        + WizardText::kindLabel(m_wizard->draft().file(i).kind));
    m_file->setEnabled(m_file->count() > 1);
    m_saved->clear();
    m_presetName->setText(ImportSettings::lastPreset().get());
    showFile();
}

bool ImportMappingPage::isComplete() const
{
    return m_wizard->draft().checkMappings().ok() && m_leadChoices->isAnswered() && m_countEvents->isAnswered();
}

int ImportMappingPage::nextId() const
{
    return m_wizard->draft().hasEvents() ? ImportWizard::ActivitiesPage : ImportWizard::DatesPage;
}

int ImportMappingPage::current() const
{
    return m_file->currentIndex();
}

QComboBox *ImportMappingPage::fieldChooser(const QString &column) const
{
    for (int row = 0; row < m_table->rowCount(); ++row)
        if (m_table->item(row, 0) && m_table->item(row, 0)->text() == column)
            return openChooser(row);
    return nullptr;
}

QComboBox *ImportMappingPage::openChooser(int row) const
{
    const QModelIndex cell = m_table->model()->index(row, 2);
    m_table->setCurrentIndex(cell);
    if (!m_table->indexWidget(cell)) // open already: edit() would refuse, with a warning
        m_table->edit(cell);
    return qobject_cast<QComboBox *>(m_table->indexWidget(cell));
}

void ImportMappingPage::fillPresets()
{
    const DraftFile &file = m_wizard->draft().file(current());
    const QSignalBlocker blocker(m_presets);
    m_presets->clear();
    m_presets->addItem(tr("By hand"), QString());
    for (const ImportPreset &preset : builtinPresets())
        if (preset.kind == file.kind)
            m_presets->addItem(preset.label, QString(builtinTag + preset.name));
    for (const QString &name : ImportSettings::savedPresets())
        m_presets->addItem(tr("Saved: %1").arg(name), QString(savedTag + name));
    const int builtin = m_presets->findData(QString(builtinTag + file.mapping.preset));
    const int saved = m_presets->findData(QString(savedTag + ImportSettings::lastPreset().get()));
    m_presets->setCurrentIndex(builtin >= 0 ? builtin : std::max(saved, 0));
}

void ImportMappingPage::showFile()
{
    const int index = current();
    if (index < 0 || index >= m_wizard->draft().fileCount())
        return;
    // A drop-down left open holds the choices of the file shown before: closed, unpicked.
    if (const QModelIndex open = m_table->currentIndex(); open.isValid() && m_table->indexWidget(open))
        m_table->QAbstractItemView::closePersistentEditor(open);
    fillPresets();
    ImportDraft &draft = m_wizard->draft();
    const DraftFile &file = draft.file(index);
    QList<ChoiceDelegate::Choice> choices{{tr("Kept as attribute (attrs)"), QString()},
                                          {tr("Ignored"), ImportDraft::ignoredField}};
    for (const QString &name : importFields(file.kind))
        choices.append({WizardText::fieldLabel(name), name});
    m_fields->setChoices(std::move(choices));
    const QStringList header = file.header();
    const QSignalBlocker blocker(m_table); // the rows are filled, not chosen
    m_table->setRowCount(int(header.size()));
    for (int row = 0; row < header.size(); ++row) {
        const QString column = columnLabel(header, row); // #N for a column without a header
        auto *columnItem = new QTableWidgetItem(column);
        columnItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        m_table->setItem(row, 0, columnItem);
        const QString samples = draft.samples(index, column).join(u" · "_qs);
        auto *sampleItem = new QTableWidgetItem(samples.isEmpty() ? tr("(empty in the first rows)") : samples);
        sampleItem->setFlags(Qt::ItemIsEnabled | Qt::ItemIsSelectable);
        sampleItem->setToolTip(samples);
        m_table->setItem(row, 1, sampleItem);
        auto *fieldItem = new QTableWidgetItem;
        fieldItem->setToolTip(tr("The LeadStage field this column feeds: click to choose another"));
        m_table->setItem(row, 2, fieldItem);
    }
    showFields();
    m_table->resizeColumnToContents(2);
    updateMessage();
}

void ImportMappingPage::showFields()
{
    const ImportDraft &draft = m_wizard->draft();
    const QSignalBlocker blocker(m_table);
    for (int row = 0; row < m_table->rowCount(); ++row) {
        QTableWidgetItem *item = m_table->item(row, 2);
        const QString field = draft.fieldOf(current(), m_table->item(row, 0)->text());
        // A field this kind of file has not (a mapping file's) is shown as attrs, as the
        // combo box showed it; the cell keeps it, so that picking attrs does unmap it.
        const QString label = m_fields->labelOf(field);
        item->setData(ChoiceDelegate::ValueRole, field);
        item->setText(label.isEmpty() ? m_fields->labelOf(QString()) : label);
    }
    m_table->viewport()->update();
}

void ImportMappingPage::fieldChosen(QTableWidgetItem *item)
{
    if (item->column() != 2)
        return;
    const QString column = m_table->item(item->row(), 0)->text();
    m_wizard->draft().mapColumn(current(), column, item->data(ChoiceDelegate::ValueRole).toString());
    fillPresets();
    showFields(); // the column that had this field goes back to attrs
    updateMessage();
}

void ImportMappingPage::updateMessage()
{
    const DraftFile &file = m_wizard->draft().file(current());
    const Status valid = m_wizard->draft().checkMappings();
    const QStringList attrs = file.mapping.attributeColumns(file.header());
    QString text = attrs.isEmpty()
                       ? tr("Every column of %1 feeds a field or is ignored.").arg(file.fileName())
                       : tr("Kept as attributes (attrs) of %1: %2.").arg(file.fileName(), attrs.join(u", "_qs));
    // A leads file with no key column: the answer is on this page, not a command-line option.
    const bool keyless = file.kind == ImportKind::Leads && file.mapping.columnOf(u"external_id"_qs).isEmpty()
                         && file.mapping.columnOf(u"email"_qs).isEmpty();
    const QString problem =
        keyless && !m_wizard->draft().options.idsFromLines
            ? tr("No column is mapped to %1 or %2 in %3: map the column that identifies the lead above, or, when "
                 "the file has none, tick “name each row's lead by file and line” below.")
                  .arg(WizardText::fieldLabel(u"external_id"_qs), WizardText::fieldLabel(u"email"_qs), file.fileName())
        : !valid ? WizardText::problem(valid.error())
                 : QString();
    if (!problem.isEmpty())
        text = u"<span style='color:#a00000'>%1</span><br>%2"_qs.arg(problem.toHtmlEscaped(), text.toHtmlEscaped());
    m_message->setText(text);
    m_leadChoices->showFile(current());
    m_countEvents->showFile(current());
    Q_EMIT completeChanged();
}

void ImportMappingPage::presetChosen()
{
    const QString data = m_presets->currentData().toString();
    if (data.startsWith(builtinTag)) {
        if (const ImportPreset *preset =
                findPreset(m_wizard->draft().file(current()).kind, data.mid(builtinTag.size())))
            m_wizard->draft().applyPreset(current(), *preset);
        ImportSettings::lastPreset().clear();
    } else if (data.startsWith(savedTag)) {
        const QString name = data.mid(savedTag.size());
        auto saved = MappingFile::load(ImportSettings::presetPath(name));
        if (!saved) {
            m_saved->setText(WizardText::problem(saved.error()));
            return;
        }
        applySaved(*saved, name);
        return;
    }
    showFile();
}

void ImportMappingPage::loadPresetFile()
{
    const QString path = QFileDialog::getOpenFileName(this, tr("Load Mapping Preset"), ImportSettings::presetFolder(),
                                                      tr("LeadStage mappings (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    auto saved = MappingFile::load(path);
    if (!saved) {
        m_saved->setText(WizardText::problem(saved.error()));
        return;
    }
    applySaved(*saved, saved->name);
}

void ImportMappingPage::applySaved(const MappingFile &saved, const QString &name)
{
    auto applied = m_wizard->draft().applyMappingFile(saved);
    if (!applied) {
        m_saved->setText(WizardText::problem(applied.error()));
        return;
    }
    ImportSettings::lastPreset().set(name);
    m_saved->setText(
        applied->isEmpty()
            ? tr("Mapped every file with the preset '%1'.").arg(name)
            : tr("The preset '%1' does not fit %2: their mapping is unchanged.").arg(name, applied->join(u", "_qs)));
    showFile();
}

void ImportMappingPage::saveAsPreset()
{
    const QString name = m_presetName->text().trimmed();
    if (name.isEmpty())
        return;
    QDir().mkpath(ImportSettings::presetFolder());
    const QString path = ImportSettings::presetPath(name);
    if (Status saved = m_wizard->draft().mappingFile(name).save(path); !saved) {
        m_saved->setText(WizardText::problem(saved.error()));
        return;
    }
    ImportSettings::lastPreset().set(name);
    m_saved->setText(tr("Saved as the preset '%1' (%2).").arg(name, QDir::toNativeSeparators(path)));
    fillPresets();
}

void ImportMappingPage::saveToFile()
{
    QDir().mkpath(ImportSettings::presetFolder()); // the dialog starts there, where presets live
    const QString path = QFileDialog::getSaveFileName(this, tr("Save Mapping File"), ImportSettings::presetFolder(),
                                                      tr("LeadStage mappings (*.json);;All files (*)"));
    if (path.isEmpty())
        return;
    const QString name = m_presetName->text().trimmed();
    if (Status saved =
            m_wizard->draft().mappingFile(name.isEmpty() ? QFileInfo(path).completeBaseName() : name).save(path);
        !saved) {
        m_saved->setText(WizardText::problem(saved.error()));
        return;
    }
    m_saved->setText(
        tr("Saved the mapping to %1: Load Preset File reads it back.").arg(QDir::toNativeSeparators(path)));
}

} // namespace LeadStage
