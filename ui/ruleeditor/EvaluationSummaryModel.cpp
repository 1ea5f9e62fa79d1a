#include "EvaluationSummaryModel.h"

#include "EvaluateFormat.h"
#include "common/DisplayFormat.h"

#include <QLocale>

#include <cmath>

namespace LeadStage {

namespace {

double aucOf(const AucEstimate &auc)
{
    return auc.hasAuc() ? auc.auc : NAN;
}

} // namespace

void EvaluationSummaryModel::setModels(const std::vector<EvaluatedModel> *models, const std::vector<QColor> &colours)
{
    beginResetModel();
    m_models = models;
    m_colours = colours;
    endResetModel();
}

int EvaluationSummaryModel::rowCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_models ? 0 : FigureCount;
}

int EvaluationSummaryModel::columnCount(const QModelIndex &parent) const
{
    return parent.isValid() || !m_models ? 0 : 1 + int(m_models->size());
}

QString EvaluationSummaryModel::text(const EvaluatedModel &model, int figure) const
{
    const BackTestFigures &f = model.figures;
    switch (figure) {
    case ScoredRow:
        return EvaluateFormat::count(std::int64_t(model.population.cases.size()));
    case OutcomesRow:
        return EvaluateFormat::count(f.auc.positives);
    case AucRow:
        return EvaluateFormat::auc(aucOf(f.auc));
    case IntervalRow:
        return f.auc.hasInterval() ? EvaluateFormat::interval(f.auc.low, f.auc.high) : u"–"_qs;
    case DifferenceRow:
        return model.againstFirst ? EvaluateFormat::difference(model.againstFirst->difference) : tr("reference");
    case DifferenceIntervalRow:
        if (!model.againstFirst)
            return {};
        return tr("%1 to %2, %3")
            .arg(EvaluateFormat::difference(model.againstFirst->low),
                 EvaluateFormat::difference(model.againstFirst->high), model.paired ? tr("paired") : tr("unpaired"));
    case MqlRow:
        return EvaluateFormat::count(f.selected);
    case PrecisionRow:
        return EvaluateFormat::percent(f.precision);
    case RecallRow:
        return EvaluateFormat::percent(f.recall);
    case MqlsPerMonthRow:
        return std::isfinite(f.mqlsPerMonth) ? DisplayFormat::decimal(f.mqlsPerMonth, 1) : u"–"_qs;
    case MqlFirstRow:
        return tr("%1 of %2").arg(EvaluateFormat::count(f.positivesMqlFirst), EvaluateFormat::count(f.auc.positives));
    }
    return {};
}

QVariant EvaluationSummaryModel::value(const EvaluatedModel &model, int figure) const
{
    const BackTestFigures &f = model.figures;
    switch (figure) {
    case ScoredRow:
        return qint64(model.population.cases.size());
    case OutcomesRow:
        return qint64(f.auc.positives);
    case AucRow:
        return aucOf(f.auc);
    case IntervalRow:
        return f.auc.standardError;
    case DifferenceRow:
    case DifferenceIntervalRow:
        return model.againstFirst ? QVariant(model.againstFirst->difference) : QVariant();
    case MqlRow:
        return qint64(f.selected);
    case PrecisionRow:
        return f.precision;
    case RecallRow:
        return f.recall;
    case MqlsPerMonthRow:
        return f.mqlsPerMonth;
    case MqlFirstRow:
        return qint64(f.positivesMqlFirst);
    }
    return {};
}

QVariant EvaluationSummaryModel::data(const QModelIndex &index, int role) const
{
    if (!index.isValid() || !m_models || index.row() >= FigureCount || index.column() > int(m_models->size()))
        return {};
    const int figure = index.row();
    if (index.column() == LabelColumn)
        return labelData(figure, role);
    const EvaluatedModel &model = (*m_models)[std::size_t(index.column() - 1)];
    switch (role) {
    case Qt::DisplayRole:
        return text(model, figure);
    case ValueRole:
        return value(model, figure);
    case LowRole:
    case HighRole: {
        const bool low = role == LowRole;
        if (figure == IntervalRow)
            return low ? model.figures.auc.low : model.figures.auc.high;
        if (figure == DifferenceIntervalRow && model.againstFirst)
            return low ? model.againstFirst->low : model.againstFirst->high;
        return {};
    }
    case Qt::TextAlignmentRole:
        return QVariant(Qt::AlignRight | Qt::AlignVCenter);
    case Qt::ToolTipRole:
        if (figure == DifferenceIntervalRow && model.againstFirst)
            return model.paired ? tr("Paired DeLong interval: both models scored the same leads at the same moments")
                                : tr("Unpaired interval √(SE₁² + SE₂²): each model found its own moments, so the "
                                     "leads differ");
        if (figure == IntervalRow && !model.figures.auc.hasInterval())
            return tr("No interval without two outcomes and two leads without one");
        return {};
    }
    return {};
}

QVariant EvaluationSummaryModel::labelData(int figure, int role) const
{
    static const char *const titles[FigureCount] = {
        QT_TR_NOOP("Scored leads"), QT_TR_NOOP("Outcomes"),        QT_TR_NOOP("AUC"),      QT_TR_NOOP("95 % interval"),
        QT_TR_NOOP("Δ AUC"),        QT_TR_NOOP("Δ 95 % interval"), QT_TR_NOOP("MQLs"),     QT_TR_NOOP("Precision"),
        QT_TR_NOOP("Recall"),       QT_TR_NOOP("MQLs a month"),    QT_TR_NOOP("MQL first")};
    static const char *const tips[FigureCount] = {
        QT_TR_NOOP("Leads scored at the moment (the rest were left out: see the counts below)"),
        QT_TR_NOOP("Scored leads that reached the outcome within the horizon"),
        QT_TR_NOOP("Area under the ROC curve: the chance that a lead with the outcome scored higher than one "
                   "without (ties count one half). 0.5 is a coin toss, 1 a perfect ranking"),
        QT_TR_NOOP("DeLong's 95 % interval of the AUC"),
        QT_TR_NOOP("This model's AUC minus the reference's (the first column)"),
        QT_TR_NOOP("The 95 % interval of the difference: paired when both scored the same leads"),
        QT_TR_NOOP("Leads that were MQL at the moment (by score or by a trigger)"),
        QT_TR_NOOP("Of the MQLs, the share that reached the outcome"),
        QT_TR_NOOP("Of the outcomes, the share that was MQL at the moment"),
        QT_TR_NOOP("Leads that became MQL in the last six 30-day months up to the analysis date, per month (the "
                   "capacity sales needs at this model's threshold)"),
        QT_TR_NOOP("Of the outcomes, how many reached MQL at or before the outcome (in a replay to the analysis "
                   "date)")};
    if (role == Qt::DisplayRole)
        return tr(titles[figure]);
    if (role == Qt::ToolTipRole)
        return tr(tips[figure]);
    return {};
}

QVariant EvaluationSummaryModel::headerData(int section, Qt::Orientation orientation, int role) const
{
    if (orientation != Qt::Horizontal || !m_models || section < 0 || section > int(m_models->size()))
        return {};
    if (section == LabelColumn)
        return role == Qt::DisplayRole ? tr("Model") : QVariant();
    const std::size_t m = std::size_t(section - 1);
    switch (role) {
    case Qt::DisplayRole:
        return (*m_models)[m].describe;
    case Qt::DecorationRole:
        return m < m_colours.size() ? QVariant(m_colours[m]) : QVariant();
    case Qt::ToolTipRole:
        return m == 0 ? tr("The reference: the other models are compared with it") : QVariant();
    }
    return {};
}

} // namespace LeadStage
