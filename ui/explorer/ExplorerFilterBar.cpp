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
{
    m_search->setPlaceholderText(tr("Search name, e-mail or company"));
    m_search->setClearButtonEnabled(true);
    m_search->setMinimumWidth(240);
    for (int stage = int(Stage::Lead); stage <= int(Stage::Customer); ++stage)
        m_stage->addItem(stageTitle(Stage(stage)), stageName(Stage(stage)));
    for (int grade = int(Grade::A); grade <= int(Grade::D); ++grade)
        m_grade->addItem(gradeName(Grade(grade)), gradeName(Grade(grade)));

    auto *layout = new QHBoxLayout(this);
    layout->setContentsMargins(0, 0, 0, 0);
    layout->addWidget(m_search, 1);
    layout->addWidget(new QLabel(tr("Stage"), this));
    layout->addWidget(m_stage);
    layout->addWidget(new QLabel(tr("Grade"), this));
    layout->addWidget(m_grade);
    layout->addWidget(new QLabel(tr("Source"), this));
    layout->addWidget(m_source);

    m_typingPause.setSingleShot(true);
    m_typingPause.setInterval(typingPauseMs);
    connect(&m_typingPause, &QTimer::timeout, this, &ExplorerFilterBar::changed);
    connect(m_search, &QLineEdit::textChanged, &m_typingPause, qOverload<>(&QTimer::start));
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

void ExplorerFilterBar::applyTo(ExplorerQuery &query) const
{
    query.search = m_search->text().trimmed();
    query.stage = m_stage->currentData().toString();
    query.grade = m_grade->currentData().toString();
    query.source = m_source->currentData().toString();
}

void ExplorerFilterBar::reset()
{
    const QSignalBlocker blockSearch(m_search);
    m_typingPause.stop();
    m_search->clear();
    for (QComboBox *box : {m_stage, m_grade, m_source}) {
        const QSignalBlocker blocker(box);
        box->setCurrentIndex(0);
    }
}

} // namespace LeadStage
