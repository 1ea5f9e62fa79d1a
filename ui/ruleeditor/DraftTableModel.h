#pragma once

#include "DraftList.h"
#include "common/Error.h"

#include <QAbstractTableModel>

namespace LeadStage {

class ModelDraft;

// The shared part of the editor's small tables (triggers, fit rules, nurture tracks
// and steps): one row per item of one of the draft's lists, following its changes.
// Subclasses say what a cell shows and how an edit changes the item.
class DraftTableModel : public QAbstractTableModel
{
    Q_OBJECT

public:
    DraftTableModel(ModelDraft *draft, DraftList list, QObject *parent = nullptr);

    int rowCount(const QModelIndex &parent = {}) const override;
    Qt::ItemFlags flags(const QModelIndex &index) const override;
    bool setData(const QModelIndex &index, const QVariant &value, int role) override;
    QVariant headerData(int section, Qt::Orientation orientation, int role) const override;

Q_SIGNALS:
    void editRefused(const LeadStage::Error &error);

protected:
    virtual int itemCount() const = 0;
    virtual QStringList headers() const = 0;
    virtual QStringList headerTips() const = 0;
    // Applies `value` to the item at `row`, through the draft.
    virtual Status setCell(int row, int column, const QVariant &value) = 0;

    ModelDraft *draft() const { return m_draft; }

private:
    ModelDraft *m_draft;
    DraftList m_list;
    bool m_moving = false;
};

} // namespace LeadStage
