#include "core/vars/unresolved.h"

#include "core/vars/resolver.h"

namespace wirescope {

QStringList variableNamesIn(QStringView text)
{
    QStringList names;
    for (const auto &[start, length] : variableSpans(text)) {
        const QString name = text.mid(start + 2, length - 4).trimmed().toString();
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names;
}

QStringList variableNamesInOrigin(QStringView url)
{
    const QStringView text = url.trimmed();
    const qsizetype sep = text.indexOf(u"://");
    const qsizetype from = sep >= 0 ? sep + 3 : 0;
    qsizetype end = text.size();
    for (QChar stop : {u'/', u'?', u'#'}) {
        const qsizetype at = text.indexOf(stop, from);
        if (at >= 0 && at < end)
            end = at;
    }
    // A variable may span the cut ("{{base}}/x" without a scheme): take every span that
    // starts before it.
    QStringList names;
    for (const auto &[start, length] : variableSpans(text)) {
        if (start >= end)
            break;
        const QString name = text.mid(start + 2, length - 4).trimmed().toString();
        if (!name.isEmpty() && !names.contains(name))
            names.append(name);
    }
    return names;
}

QString describeUnresolved(const QStringList &names, const VariableContext &context)
{
    if (names.isEmpty())
        return {};
    QStringList quoted;
    for (const QString &n : names)
        quoted.append(QStringLiteral("{{") + n + QStringLiteral("}}"));
    QString list = quoted.last();
    if (quoted.size() > 1) {
        list = quoted.mid(0, quoted.size() - 1).join(QStringLiteral(", ")) + QStringLiteral(" and ")
               + quoted.last();
    }
    const QString environment =
        context.environmentName().isEmpty()
            ? QStringLiteral("no environment is active")
            : QStringLiteral("the active environment is \"%1\"").arg(context.environmentName());
    return QStringLiteral("%1 %2 not defined in any scope (%3)")
        .arg(list, quoted.size() == 1 ? QStringLiteral("is") : QStringLiteral("are"), environment);
}

} // namespace wirescope
