#include "CommandOptions.h"

#include "CommandLine.h"

#include <QRegularExpression>
#include <QTextStream>

namespace LeadStage::Commands {

std::optional<int> parseCommand(QCommandLineParser &parser, const QStringList &arguments, const QString &usage)
{
    const QString command = arguments.value(1);
    const QCommandLineOption help({u"h"_qs, u"help"_qs}, u"Show this help."_qs);
    parser.addOption(help);
    parser.setSingleDashWordOptionMode(QCommandLineParser::ParseAsLongOptions);
    // Drop the program name: parse() expects arguments[0] to be the program, so the command takes its place.
    QStringList commandArguments = arguments.mid(1);
    if (!parser.parse(commandArguments)) {
        // Qt reads "-1" as the options -1 and says "Unknown option '1'": name the number instead.
        static const QRegularExpression negativeNumber(u"^-[0-9]+$"_qs);
        for (const QString &argument : parser.unknownOptionNames())
            if (const qsizetype at = commandArguments.indexOf(u'-' + argument);
                at > 0 && negativeNumber.match(commandArguments.at(at)).hasMatch())
                return badArguments(command, u"'%1' is not accepted: ids and counts are positive whole numbers. "
                                             "Run `leadstage %2 --help`."_qs.arg(commandArguments.at(at), command));
        return badArguments(command, parser.errorText() + u". Run `leadstage "_qs + command + u" --help`."_qs);
    }
    if (parser.isSet(help)) {
        // Qt's own usage line names the program, not the command: keep only its option list.
        const QString help = parser.helpText();
        const qsizetype options = help.indexOf(u"Options:"_qs);
        QTextStream out(stdout);
        out << "Usage: leadstage " << command << ' ' << usage << "\n\n";
        if (!parser.applicationDescription().isEmpty())
            out << parser.applicationDescription() << "\n\n";
        out << (options >= 0 ? help.mid(options) : help);
        return CommandLine::Success;
    }
    return std::nullopt;
}

int badArguments(const QString &command, const QString &reason)
{
    QTextStream(stderr) << "leadstage " << command << ": " << reason << '\n';
    return CommandLine::BadArguments;
}

int failed(const QString &command, const QString &reason)
{
    QTextStream(stderr) << "leadstage " << command << ": " << reason << '\n';
    return CommandLine::Failure;
}

std::optional<int> toInt(const QString &text)
{
    bool ok = false;
    const int value = text.toInt(&ok);
    return ok ? std::optional<int>(value) : std::nullopt;
}

} // namespace LeadStage::Commands
