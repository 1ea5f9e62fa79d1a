#pragma once

#include <QString>

#include <cstdint>
#include <vector>

namespace LeadStage {

struct ScoringModel;

// The parts of a model a change belongs to, in the order a diff lists them.
enum class ModelSection : std::uint8_t {
    Name,
    Rules,
    Triggers,
    Thresholds,
    Decay,
    FitRules,
    Grades,
    NurtureTracks,
    NurtureSteps,
    Stagnation
};
inline constexpr int modelSectionCount = 10;
// "Rules", "Fit rules", "Nurture tracks": the heading of a section in a diff.
QString modelSectionTitle(ModelSection section);

enum class ChangeKind : std::uint8_t { Added, Removed, Changed, Moved };

// One field of an item that differs, as the analyst reads it: "points" 10 → 15,
// "cap" none → 30. `field` is the model file's key, so it can be looked up.
struct FieldChange
{
    QString field;
    QString before;
    QString after;
    bool operator==(const FieldChange &) const = default;
};

// One item of a model that was added, removed, changed or moved. `item` names it:
// the rule, trigger or track id, the fit rule's label, "week 9" for a nurture step;
// empty for the one-of-a-kind sections (thresholds, decay, grades, stagnation, name).
// `description` is the whole item on one line for Added and Removed; `fields` lists
// what differs for Changed, and "position" before → after (1-based) for Moved.
struct ModelChange
{
    ModelSection section = ModelSection::Rules;
    ChangeKind kind = ChangeKind::Changed;
    QString item;
    QString description;
    std::vector<FieldChange> fields;
    bool operator==(const ModelChange &) const = default;
};

// What differs between two scoring models, item by item, for the version history
// (a table per section) and for `leadstage model diff` (text()). Rules, triggers and
// tracks are matched by id, fit rules by label (else by condition), nurture steps by
// week (else by label). Order counts where it is shown or decides: rules (the editor's
// table) and nurture tracks (the first that holds wins); items that left the longest
// common order are reported as moved.
class ModelDiff
{
public:
    static ModelDiff between(const ScoringModel &before, const ScoringModel &after);

    const std::vector<ModelChange> &changes() const { return m_changes; }
    bool isEmpty() const { return m_changes.empty(); }
    // The changes of one section, in the diff's order.
    std::vector<ModelChange> changesIn(ModelSection section) const;

    // Plain text, one line per item under a heading per section, for a terminal:
    //   Rules
    //     + blog5: Blog reading, 5+ articles (Website, info): blog_read, 10 points, at count 5
    //     ~ whitepaper: points 10 → 15, cap none → 30
    // `beforeName` and `afterName` say what was compared ("Default v1 (id 1)").
    QString text(const QString &beforeName, const QString &afterName) const;
    // text()'s first line: "From A to B: 3 changes", or that nothing differs.
    QString headline(const QString &beforeName, const QString &afterName) const;
    // text()'s line for one change, indented, with its marker: "  ~ whitepaper: points 10 → 15".
    static QString line(const ModelChange &change);

private:
    std::vector<ModelChange> m_changes;
};

} // namespace LeadStage
