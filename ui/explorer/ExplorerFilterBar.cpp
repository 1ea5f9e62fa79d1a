#include "ExplorerFilterBar.h"

#include "scoring/LeadScore.h"

#include <QComboBox>
#include <QHBoxLayout>
#include <QLabel>
#include <QLineEdit>
#include <QSignalBlocker>

namespace LeadStage {

namespace {
constexpr int typingPauseMs = 250;

QComboBox *anyBox(QWidget *parent)
{
    auto *box = new QComboBox(parent);
    box->addItem(ExplorerFilterBar::tr("any"), QString());
    box->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    return box;
}
} // namespace

ExplorerFilterBar::ExplorerFilterBar(QWidget *parent)
    : QWidget(parent)
    , m_search(new QLineEdit(this))
    , m_stage(anyBox(this))
    , m_grade(anyBox(this))
    , m_source(anyBox(this))
    , m_field(new QComboBox(this))
    , m_fieldText(new QLineEdit(this))
{
    m_search->setPlaceholderText(tr("Search name, e-mail or company"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    for (int stage = int(Stage::Lead); stage <= int(Stage::Customer); ++stage)
        m_stage->addItem(stageTitle(Stage(stage)), stageName(Stage(stage)));
    for (int grade = int(Grade::A); grade <= int(Grade::D); ++grade)
        m_grade->addItem(gradeName(Grade(grade)), gradeName(Grade(grade)));

    m_field->setObjectName(u"explorerField"_qs);
    m_field->setSizeAdjustPolicy(QComboBox::AdjustToContents);
    m_field->setToolTip(tr("The field the text beside it is looked for in"));
    m_field->addItem(tr("CRM id"));
    m_fieldText->setObjectName(u"explorerFieldText"_qs);
    m_fieldText->setPlaceholderText(tr("contains…"));
    m_fieldText->setClearButtonEnabled(true);
    m_fieldText->setMinimumWidth(120);

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(new QLabel(tr("Stage"), this));
    layout->addWidget(m_stage);
    layout->addWidget(new QLabel(tr("Grade"), this));
    layout->addWidget(m_grade);
    layout->addWidget(new QLabel(tr("Source"), this));
    layout->addWidget(m_source);
    layout->addSpacing(8);
    layout->addWidget(m_field);
    layout->addWidget(m_fieldText);

    m_typingPause.setObjectName(u"typingPause"_qs); // a slow timeout says whose it is (bench/SlowEvents.h)
    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(typingPauseMs);
    connect(&m_typingPause, &QTimer::timeout, this, &ExplorerFilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, &m_typingPause, qOverload<>(&QTimer::start));
    connect(m_fieldText, &QLineEdit::textChanged, &m_typingPause, qOverload<>(&QTimer::start));
    connect(m_search, &QLineEdit::textEdited, this, &ExplorerFilterBar::searchEdited);
    connect(m_field, &QComboBox::currentIndexChanged, this, [this] {
        if (!m_fieldText->text().trimmed().isEmpty())
            Q_EMIT changed();
    });
    for (QComboBox *box : {m_stage, m_grade, m_source})
        connect(box, &QComboBox::currentIndexChanged, this, &ExplorerFilterBar::changed);
}

void ExplorerFilterBar::setSources(const QStringList &sources)
{
    const QSignalBlocker blocker(m_source);
    const QString current = m_source->currentData().toString();
    while (m_source->count() > 1)
        m_source->removeItem(1);
    for (const QString &source : sources)
        m_source->addItem(source, source);
    m_source->setCurrentIndex(std::max(0, m_source->findData(current)));
}

void ExplorerFilterBar::setAttributes(const QStringList &attributes)
{
    const QSignalBlocker blocker(m_field);
    const QString current = m_field->currentData().toString();
    while (m_field->count() > 1)
        m_field->removeItem(1);
    // The CRM id is item 0 (no data); an attribute carries its name.
    for (const QString &attribute : attributes)
        m_field->addItem(attribute, attribute);
    m_field->setCurrentIndex(current.isEmpty() ? 0 : std::max(0, m_field->findData(current)));
}

void ExplorerFilterBar::applyTo(ExplorerQuery &query) const
{
    query.search = m_search->text().trimmed();
    query.stage = m_stage->currentData().toString();
    query.grade = m_grade->currentData().toString();
    query.source = m_source->currentData().toString();
    const QString fieldText = m_fieldText->text().trimmed();
    if (fieldText.isEmpty())
        query.field.reset();
    else
        query.field = FieldFilter{m_field->currentData().toString(), fieldText};
}

void ExplorerFilterBar::reset()
{
    const QSignalBlocker blockSearch(m_search);
    const QSignalBlocker blockField(m_fieldText);
    m_typingPause.stop();
    m_search->clear();
    m_fieldText->clear();
    for (QComboBox *box : {m_stage, m_grade, m_source, m_field}) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(0);
    }
}

} // namespace LeadStage
