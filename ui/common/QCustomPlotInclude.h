#pragma once

// QCustomPlot's header still uses the `signals` and `foreach` keywords that the
// project switches off (QT_NO_KEYWORDS, QT_NO_FOREACH); every dashboard file
// includes it through here so the spelling is mapped in one place only.
#ifndef signals
#define signals Q_SIGNALS
#define LEADSTAGE_UNDEF_SIGNALS
#endif
#ifndef foreach
#define foreach(variable, container) for (variable : container)
#define LEADSTAGE_UNDEF_FOREACH
#endif

#include <qcustomplot.h>

#ifdef LEADSTAGE_UNDEF_SIGNALS
#undef signals
#undef LEADSTAGE_UNDEF_SIGNALS
#endif
#ifdef LEADSTAGE_UNDEF_FOREACH
#undef foreach
#undef LEADSTAGE_UNDEF_FOREACH
#endif
