#include "core/scripting/scriptcallscanner.h"

#include "core/scripting/scriptlibraries.h"

#include <QRegularExpression>
#include <QSet>

namespace wirescope::scriptcalls {

namespace {

const QStringList kPropertyList = {
    QStringLiteral("add"),    QStringLiteral("append"),   QStringLiteral("upsert"),
    QStringLiteral("remove"), QStringLiteral("get"),      QStringLiteral("has"),
    QStringLiteral("one"),    QStringLiteral("all"),      QStringLiteral("count"),
    QStringLiteral("idx"),    QStringLiteral("each"),     QStringLiteral("filter"),
    QStringLiteral("map"),    QStringLiteral("find"),     QStringLiteral("toObject"),
    QStringLiteral("toJSON"), QStringLiteral("toString"), QStringLiteral("clear"),
};

const QStringList kScope = {
    QStringLiteral("get"),    QStringLiteral("set"),       QStringLiteral("unset"),
    QStringLiteral("has"),    QStringLiteral("clear"),     QStringLiteral("toObject"),
    QStringLiteral("toJSON"), QStringLiteral("replaceIn"),
};

QSet<QString> supportedNames()
{
    QSet<QString> names{
        QStringLiteral("pm.test"),
        QStringLiteral("pm.test.skip"),
        QStringLiteral("pm.expect"),
        QStringLiteral("pm.sendRequest"),
        QStringLiteral("pm.execution.skipRequest"),
        QStringLiteral("pm.execution.setNextRequest"),
        QStringLiteral("pm.request.addHeader"),
        QStringLiteral("pm.request.removeHeader"),
        QStringLiteral("pm.request.upsertHeader"),
        QStringLiteral("pm.request.getHeaders"),
        QStringLiteral("pm.request.toJSON"),
        QStringLiteral("pm.request.url.toString"),
        QStringLiteral("pm.request.url.getHost"),
        QStringLiteral("pm.request.url.getPath"),
        QStringLiteral("pm.request.url.getQueryString"),
        QStringLiteral("pm.request.url.getPathWithQuery"),
        QStringLiteral("pm.request.url.getRemote"),
        QStringLiteral("pm.request.url.update"),
        QStringLiteral("pm.request.url.toJSON"),
        QStringLiteral("pm.request.body.update"),
        QStringLiteral("pm.request.body.isEmpty"),
        QStringLiteral("pm.request.body.toString"),
        QStringLiteral("pm.request.body.toJSON"),
        QStringLiteral("pm.response.json"),
        QStringLiteral("pm.response.text"),
        QStringLiteral("pm.response.reason"),
        QStringLiteral("pm.response.details"),
        QStringLiteral("pm.response.size"),
        QStringLiteral("pm.response.toJSON"),
        QStringLiteral("postman.setEnvironmentVariable"),
        QStringLiteral("postman.getEnvironmentVariable"),
        QStringLiteral("postman.clearEnvironmentVariable"),
        QStringLiteral("postman.clearEnvironmentVariables"),
        QStringLiteral("postman.setGlobalVariable"),
        QStringLiteral("postman.getGlobalVariable"),
        QStringLiteral("postman.clearGlobalVariable"),
        QStringLiteral("postman.clearGlobalVariables"),
        QStringLiteral("postman.setNextRequest"),
        QStringLiteral("postman.getResponseHeader"),
    };
    for (const char *scope :
         {"environment", "globals", "collectionVariables", "variables", "iterationData"}) {
        for (const QString &m : kScope)
            names.insert(QStringLiteral("pm.%1.%2").arg(QLatin1String(scope), m));
    }
    for (const char *list : {"pm.request.headers", "pm.response.headers", "pm.request.url.query",
                             "pm.request.body.urlencoded", "pm.request.body.formdata"}) {
        for (const QString &m : kPropertyList)
            names.insert(QLatin1String(list) + u'.' + m);
    }
    return names;
}

/// Chains chai and chai-postman resolve themselves (pm.response.to.have.status(200),
/// jsonSchema with the bundled ajv).
bool isAssertionChain(const QString &name)
{
    return name.startsWith(QLatin1String("pm.response.to."))
           || name.startsWith(QLatin1String("pm.request.to."));
}

} // namespace

bool isSupported(const QString &callName)
{
    static const QSet<QString> names = supportedNames();
    if (names.contains(callName) || isAssertionChain(callName))
        return true;
    // pm.request.url.path.push(...), pm.request.url.host.join(...): plain arrays.
    return callName.startsWith(QLatin1String("pm.request.url.path."))
           || callName.startsWith(QLatin1String("pm.request.url.host."));
}

namespace {

/// What unsupported() reports for a call on a sandbox global (@p name, "CryptoJS.MD5"; a
/// require's module in @p module): nothing for the bundled libraries.
QString unsupportedGlobal(const QString &name, const QString &module)
{
    static const QRegularExpression bundled(QStringLiteral("^(_|CryptoJS|tv4|moment)(\\.|$)"));
    if (bundled.match(name).hasMatch())
        return {};
    if (name == u"require" && !module.isEmpty())
        return scriptlibraries::requireNames().contains(module)
                   ? QString()
                   : QStringLiteral("require('%1')").arg(module);
    return name;
}

/// Calls on @p roots (a regex alternative) that @p keep accepts, and the calls on sandbox
/// globals that @p global names (empty: not reported), each once in order of appearance.
template<typename Keep, typename Global>
QStringList scan(const QString &source, const QString &roots, Keep keep, Global globalName)
{
    // root.a.b( ; and the sandbox globals Postman offers that are not the pm API (a require's
    // module when it is a literal).
    const QRegularExpression call(QStringLiteral("(?<![\\w$.])(") + roots
                                  + QStringLiteral(")((?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)+)\\s*\\("));
    static const QRegularExpression global(QStringLiteral(
        "(?<![\\w$.])(require|_|CryptoJS|cheerio|tv4|xml2Json|Buffer|Backbone|"
        "moment|setInterval|setImmediate)"
        "((?:\\s*\\.\\s*[A-Za-z_$][\\w$]*)?)\\s*\\((?:\\s*(['\"])([^'\"\\n]*)\\3)?"));
    static const QRegularExpression space(QStringLiteral("\\s"));
    QStringList out;
    QList<QPair<qsizetype, QString>> found;
    for (auto it = call.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString name = m.captured(1) + m.captured(2);
        name.remove(space);
        if (keep(name))
            found.append({m.capturedStart(), name});
    }
    for (auto it = global.globalMatch(source); it.hasNext();) {
        const QRegularExpressionMatch m = it.next();
        QString name = m.captured(1) + m.captured(2);
        name.remove(space);
        name = globalName(name, m.captured(4));
        if (!name.isEmpty())
            found.append({m.capturedStart(), name});
    }
    std::sort(found.begin(), found.end(),
              [](const auto &a, const auto &b) { return a.first < b.first; });
    for (const auto &[pos, name] : std::as_const(found)) {
        if (!out.contains(name))
            out.append(name);
    }
    return out;
}

} // namespace

QStringList unsupported(const QString &source)
{
    return scan(
        source, QStringLiteral("pm|postman"),
        [](const QString &name) { return !isSupported(name); }, unsupportedGlobal);
}

QStringList callsOn(const QString &source, const QString &root)
{
    return scan(
        source, QRegularExpression::escape(root), [](const QString &) { return true; },
        [](const QString &name, const QString &) { return name; });
}

} // namespace wirescope::scriptcalls
