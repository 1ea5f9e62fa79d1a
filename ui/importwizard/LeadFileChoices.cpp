#include "LeadFileChoices.h"

#include "WizardText.h"
#include "common/WrappedLabel.h"
#include "import/ImportDraft.h"

#include <QCheckBox>
#include <QGroupBox>
#include <QLabel>
#include <QRadioButton>
#include <QSignalBlocker>
#include <QVBoxLayout>

namespace LeadStage {

LeadFileChoices::LeadFileChoices(ImportDraft &draft, QWidget *parent)
    : QWidget(parent)
    , m_draft(draft)
    , m_created(new QGroupBox(this))
    , m_importTime(new QRadioButton(tr("This &import's time"), m_created))
    , m_firstEvent(new QRadioButton(tr("Each lead's &first event in this import (leads without one: this "
                                       "import's time)"),
                                    m_created))
    , m_repeated(new WrappedLabel(this))
    , m_allowRepeated(new QCheckBox(tr("Import anyway: a repeated row &updates the lead of the earlier row"), this))
    , m_idsFromLines(
          new QCheckBox(tr("This file has no lead id or e-mail: name each row's lead by &file and line"), this))
{
    m_idsFromLines->setObjectName(u"idsFromLines"_qs);
    m_idsFromLines->setToolTip(
        tr("Each row's lead gets the CRM id FILENAME:LINE (e.g. bank.csv:2), so importing the same file again "
           "updates the same leads and leads of other files never collide. Map a column to CRM id or E-mail "
           "above instead when the file has one."));
    m_created->setObjectName(u"createdDateChoice"_qs);
    m_created->setTitle(
        tr("No column is mapped to %1: which date do new leads get? (Or map the file's date column to it above.)")
            .arg(WizardText::fieldLabel(u"created_at"_qs)));
    m_importTime->setObjectName(u"createdImportTime"_qs);
    m_firstEvent->setObjectName(u"createdFirstEvent"_qs);
    m_repeated->setObjectName(u"repeatedKeys"_qs);
    m_allowRepeated->setObjectName(u"allowRepeatedKeys"_qs);
    auto *choices = new QVBoxLayout(m_created);
    choices->addWidget(m_importTime);
    choices->addWidget(m_firstEvent);
    auto *layout = new QVBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_created);
    layout->addWidget(m_repeated);
    layout->addWidget(m_allowRepeated);
    layout->addWidget(m_idsFromLines);
    connect(m_importTime, &QRadioButton::toggled, this, &LeadFileChoices::createdChosen);
    connect(m_firstEvent, &QRadioButton::toggled, this, &LeadFileChoices::createdChosen);
    connect(m_allowRepeated, &QCheckBox::toggled, this, [this](bool allowed) {
        m_draft.options.allowRepeatedKeys = allowed;
        Q_EMIT changed();
    });
    connect(m_idsFromLines, &QCheckBox::toggled, this, [this](bool fromLines) {
        m_draft.options.idsFromLines = fromLines;
        Q_EMIT changed();
    });
}

void LeadFileChoices::createdChosen()
{
    if (!m_importTime->isChecked() && !m_firstEvent->isChecked())
        return;
    m_draft.createdDateChosen = true;
    m_draft.options.missingCreatedDate =
        m_firstEvent->isChecked() ? MissingCreatedDate::FirstEvent : MissingCreatedDate::ImportTime;
    Q_EMIT changed();
}

void LeadFileChoices::showFile(int index)
{
    m_index = index;
    m_created->setVisible(m_draft.needsCreatedDate());
    {
        const QSignalBlocker blockImport(m_importTime), blockFirst(m_firstEvent);
        m_importTime->setChecked(m_draft.createdDateChosen
                                 && m_draft.options.missingCreatedDate == MissingCreatedDate::ImportTime);
        m_firstEvent->setChecked(m_draft.createdDateChosen
                                 && m_draft.options.missingCreatedDate == MissingCreatedDate::FirstEvent);
    }
    const RepeatedKeys repeated =
        index >= 0 && index < m_draft.fileCount() ? m_draft.repeatedKeys(index) : RepeatedKeys();
    m_repeats = repeated.rows() > 0;
    QStringList top;
    for (const RepeatedKey &key : repeated.top())
        top << (key.rows == 1 ? tr("'%1' (1 more row)").arg(key.value)
                              : tr("'%1' (%2 more rows)").arg(key.value, WizardText::number(key.rows)));
    m_repeated->setText(m_repeats ? u"<span style='color:#a00000'>%1</span>"_qs.arg(
                            tr("In the first rows, %1 repeat the CRM id or e-mail of an earlier row, so they would "
                               "update that lead instead of adding their own: %2. Is the right column mapped as the "
                               "lead's id?")
                                .arg(WizardText::number(repeated.rows()), top.join(u", "_qs))
                                .toHtmlEscaped())
                                  : QString());
    m_repeated->setVisible(m_repeats);
    m_allowRepeated->setVisible(m_repeats);
    const QSignalBlocker blockAllow(m_allowRepeated);
    m_allowRepeated->setChecked(m_draft.options.allowRepeatedKeys);
    // Offered only while the file has no key column; mapping one takes the choice back.
    const bool keyless = index >= 0 && index < m_draft.fileCount() && m_draft.file(index).kind == ImportKind::Leads
                         && m_draft.file(index).mapping.columnOf(u"external_id"_qs).isEmpty()
                         && m_draft.file(index).mapping.columnOf(u"email"_qs).isEmpty();
    if (!keyless && index >= 0 && index < m_draft.fileCount() && m_draft.file(index).kind == ImportKind::Leads)
        m_draft.options.idsFromLines = false;
    m_idsFromLines->setVisible(keyless);
    const QSignalBlocker blockLines(m_idsFromLines);
    m_idsFromLines->setChecked(m_draft.options.idsFromLines);
}

bool LeadFileChoices::isAnswered() const
{
    return m_draft.createdDateResolved() && (!m_repeats || m_draft.options.allowRepeatedKeys);
}

} // namespace LeadStage
