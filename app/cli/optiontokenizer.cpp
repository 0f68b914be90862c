#include "app/cli/optiontokenizer.h"

#include "app/cli/argvalues.h"
#include "app/cli/sharedoption.h"

namespace wirescope::cli {

namespace {

bool isHelp(const OptionToken &token)
{
    return token.id == int(SharedOption::Help);
}

Error missingValue(const QString &spelled)
{
    return usageError(QStringLiteral("option %1 needs a value").arg(spelled));
}

} // namespace

OptionTokenizer::OptionTokenizer(QString command, OptionTable table)
    : m_command(std::move(command))
    , m_table(std::move(table))
{}

Error OptionTokenizer::unknown(const QString &spelled) const
{
    return usageError(QStringLiteral("unknown %1 %2 (see wirescope-cli %3 --help)")
                          .arg(m_unknownNoun, spelled, m_command));
}

Result<QList<OptionToken>> OptionTokenizer::tokenize(const QStringList &args) const
{
    QList<OptionToken> out;
    bool optionsEnded = false;
    for (qsizetype i = 0; i < args.size(); ++i) {
        const QString &arg = args.at(i);
        if (optionsEnded || arg == QLatin1String("-") || !arg.startsWith(u'-')) {
            out.append(OptionToken{0, QString(), arg});
            continue;
        }
        if (arg == QLatin1String("--")) {
            optionsEnded = true;
            continue;
        }
        const Result<void> read =
            arg.startsWith(QLatin1String("--")) ? readLong(args, i, out) : readShort(args, i, out);
        if (!read)
            return read.error();
        if (!out.isEmpty() && isHelp(out.last()))
            break;
    }
    return out;
}

Result<void>
OptionTokenizer::readLong(const QStringList &args, qsizetype &i, QList<OptionToken> &out) const
{
    const QString &arg = args.at(i);
    const qsizetype eq = arg.indexOf(u'=');
    const QString spelled = eq < 0 ? arg : arg.left(eq);
    const OptionSpec *spec = findLongOption(m_table, QStringView(spelled).mid(2));
    if (!spec)
        return unknown(spelled);
    OptionToken token{spec->id, spelled, QString()};
    if (!spec->takesValue()) {
        if (eq >= 0)
            return usageError(QStringLiteral("option %1 takes no value").arg(spelled));
        if (spec->swallows && i + 1 < args.size()
            && args.at(i + 1) == QLatin1String(spec->swallows))
            ++i;
    } else if (eq >= 0) {
        token.value = arg.mid(eq + 1);
    } else if (i + 1 < args.size()) {
        token.value = args.at(++i);
    } else {
        return missingValue(spelled);
    }
    out.append(token);
    return {};
}

Result<void>
OptionTokenizer::readShort(const QStringList &args, qsizetype &i, QList<OptionToken> &out) const
{
    const QString &arg = args.at(i);
    for (qsizetype k = 1; k < arg.size(); ++k) {
        const QString spelled = QStringLiteral("-") + arg.at(k);
        const OptionSpec *spec = findShortOption(m_table, arg.at(k));
        if (!spec)
            return unknown(spelled);
        OptionToken token{spec->id, spelled, QString()};
        if (!spec->takesValue()) {
            out.append(token);
            if (isHelp(token))
                return {};
            continue;
        }
        if (k + 1 < arg.size())
            token.value = arg.mid(k + 1);
        else if (i + 1 < args.size())
            token.value = args.at(++i);
        else
            return missingValue(spelled);
        out.append(token);
        return {};
    }
    return {};
}

} // namespace wirescope::cli
