#pragma once

#include <QString>

namespace LeadStage {

// The workstation account this LeadStage runs under: who saved a model version in a file.
namespace AccountName {

// The login name (the environment's USER, LOGNAME or USERNAME, else the system's
// account database); empty when none can be found.
QString ofThisSession();

} // namespace AccountName
} // namespace LeadStage
