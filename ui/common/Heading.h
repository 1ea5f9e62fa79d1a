#pragma once

class QLabel;
class QString;
class QWidget;

namespace LeadStage {

// A bold label over a group of a panel's figures.
QLabel *heading(const QString &text, QWidget *parent);

} // namespace LeadStage
