#include "app/cli/optionspec.h"

#include <QLatin1String>
#include <QStringList>

namespace wirescope::cli {

const OptionSpec *findLongOption(const OptionTable &table, QStringView name)
{
    for (const OptionSpec &spec : table) {
        if (name == QLatin1String(spec.longName))
            return &spec;
    }
    return nullptr;
}

const OptionSpec *findShortOption(const OptionTable &table, QChar c)
{
    for (const OptionSpec &spec : table) {
        if (spec.shortName != 0 && c == QLatin1Char(spec.shortName))
            return &spec;
    }
    return nullptr;
}

QString formatOptionHelp(const OptionSpec &spec)
{
    constexpr int kDescriptionColumn = 29;
    QString names = spec.shortName ? QStringLiteral("  -%1, ").arg(QLatin1Char(spec.shortName))
                                   : QStringLiteral("      ");
    names += QStringLiteral("--") + QLatin1String(spec.longName);
    if (spec.valueName)
        names += u' ' + QLatin1String(spec.valueName);
    const QString indent(kDescriptionColumn, u' ');
    QString out = names.size() < kDescriptionColumn ? names.leftJustified(kDescriptionColumn, u' ')
                                                    : names + u'\n' + indent;
    const QStringList lines = QString::fromUtf8(spec.help ? spec.help : "").split(u'\n');
    const QString separator = u'\n' + indent;
    out += lines.join(separator);
    return out + u'\n';
}

} // namespace wirescope::cli
