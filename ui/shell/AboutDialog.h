#pragma once

#include "report/LibraryVersions.h"

#include <QDialog>

namespace LeadStage {

// Help → About LeadStage: version, licence, and each library with the version it runs with.
class AboutDialog : public QDialog
{
    Q_OBJECT

public:
    explicit AboutDialog(QWidget *parent = nullptr);

    // Qt and QCustomPlot (the window's) and core's libraries: what the dialog lists.
    static QList<LibraryVersion> libraries();
};

} // namespace LeadStage
