#pragma once

#include "tuning/ActivityEventCounts.h"

#include <QComboBox>

#include <vector>

namespace LeadStage {

// Picks an activity key from the workspace's activity types, each shown with its
// event count ("ebook_download — 1,204 events"); a key not in the list can be typed.
class ActivityPicker : public QComboBox
{
    Q_OBJECT

public:
    explicit ActivityPicker(QWidget *parent = nullptr);

    void setActivities(const std::vector<ActivityEventCount> &activities);
    void setActivity(const QString &key);
    QString activity() const;
};

} // namespace LeadStage
