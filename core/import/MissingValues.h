#pragma once

#include <QStringList>
#include <QStringView>

namespace LeadStage {

// The cell texts an import reads as "not answered" (`Select`, `unknown`, `N/A`, `-`):
// a cell that is one of them, trimmed and in any case, is missing, as an empty cell is.
// So a placeholder never becomes a lead's key, a value or a rejected number or date.
class MissingValues
{
public:
    MissingValues() = default; // none: only empty cells are missing
    explicit MissingValues(const QStringList &texts);

    // Select, unknown, N/A, -: what forms and CRMs write for an unanswered field.
    static MissingValues standard();
    // "Select, unknown, N/A" -> those three; "" -> none. Entries are trimmed, empty ones dropped.
    static MissingValues fromList(const QString &commaSeparated);

    const QStringList &texts() const { return m_texts; }
    bool isEmpty() const { return m_texts.isEmpty(); }
    QString toList() const; // "Select,unknown,N/A,-"

    // The index in texts() of the placeholder `cell` is (compared trimmed, case-insensitively), or -1.
    int match(QStringView cell) const;

    bool operator==(const MissingValues &other) const { return m_texts == other.m_texts; }

private:
    QStringList m_texts;
    qsizetype m_longest = 0; // longer cells are no placeholder: most cells are not looked at
};

} // namespace LeadStage
