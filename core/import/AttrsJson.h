#pragma once

#include <QString>
#include <QStringView>

#include <utility>
#include <vector>

namespace LeadStage {

// A lead's attrs, the columns no field takes, as the compact JSON object QJsonDocument
// writes (values as strings), built in a buffer reused row after row: a document per row
// was a tenth of reading a leads file. Keys must come in ascending order, as QJsonObject
// keeps them.
class AttrsJson
{
public:
    void start();
    // `key` is kept by reference and `value` by view until finish().
    void add(const QString &key, QStringView value);
    // "{}" when nothing was added; valid until the next start().
    QStringView finish();

private:
    bool appendPlain(QStringView text);

    QString m_text;
    bool m_plain = true; // no text needed more than \" and \\ (else Qt's writer writes it)
    std::vector<std::pair<const QString *, QStringView>> m_pairs;
};

} // namespace LeadStage
