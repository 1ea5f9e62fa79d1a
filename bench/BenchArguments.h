#pragma once

#include "common/Error.h"

#include <QStringList>

#include <cstdio>

// The arguments the workspace benchmarks share: [--leads N] [--runs R] [WORKSPACE],
// where a missing WORKSPACE is first generated as a scored demo of N leads.
namespace LeadStage::Bench {

struct Arguments
{
    QString path;
    int leads = 0;
    int runs = 0;
};

inline Arguments parse(const QStringList &arguments, Arguments defaults)
{
    Arguments parsed = std::move(defaults);
    for (qsizetype index = 1; index < arguments.size(); ++index) {
        if (arguments[index] == u"--leads"_qs && index + 1 < arguments.size())
            parsed.leads = arguments[++index].toInt();
        else if (arguments[index] == u"--runs"_qs && index + 1 < arguments.size())
            parsed.runs = arguments[++index].toInt();
        else
            parsed.path = arguments[index];
    }
    return parsed;
}

inline int fail(const char *program, const Error &error)
{
    std::fprintf(stderr, "%s: %s\n", program, qPrintable(error.toString()));
    return 1;
}

} // namespace LeadStage::Bench
