#include "core/scripting/scriptlibraries.h"

#include <QFile>
#include <QJSEngine>

namespace wirescope::scriptlibraries {

namespace {

struct Library
{
    const char16_t *name;
    const char16_t *file; ///< the resource; null when sandbox.js provides the module itself
    bool requirable;
};

// The versions postman-sandbox 4.7.1 pins (third_party/LICENSES.md). atob and btoa are the
// sandbox's own functions, so they have no file.
constexpr Library kLibraries[] = {
    {u"ajv", u"ajv-6.12.5.min.js", true},
    {u"atob", nullptr, true},
    {u"btoa", nullptr, true},
    {u"crypto-js", u"crypto-js-3.3.0.js", true},
    {u"lodash", u"lodash-4.17.21.min.js", true},
    {u"moment", u"moment-2.30.1.min.js", true},
    {u"tv4", u"tv4-1.3.0.js", true},
    {u"uuid", u"postman-sandbox-uuid-4.7.1.js", true},
    // Postman's legacy global `_`; its sandbox does not let scripts require it by this name.
    {u"lodash3", u"lodash3-3.10.2.js", false},
};

} // namespace

QStringList requireNames()
{
    QStringList names;
    for (const Library &library : kLibraries) {
        if (library.requirable)
            names.append(QString::fromUtf16(library.name));
    }
    return names;
}

QString readResource(const QString &name, QString *error)
{
    QFile file(QStringLiteral(":/wirescope/scripting/") + name);
    if (!file.open(QIODevice::ReadOnly)) {
        *error =
            QStringLiteral("the script sandbox is missing %1 (%2)").arg(name, file.errorString());
        return {};
    }
    return QString::fromUtf8(file.readAll());
}

QJSValue moduleFactory(QJSEngine &engine, const QString &source, const QString &fileName)
{
    // A UMD wrapper takes its CommonJS branch when `module` and `exports` exist, so nothing
    // lands on the global object. `console` is the sandbox's (Ajv logs through it).
    return engine.evaluate(QStringLiteral("(function (console) { var module = { exports: {} }; "
                                          "var exports = module.exports;\n")
                               + source + QStringLiteral("\n; return module.exports; })"),
                           fileName);
}

QJSValue evaluateModule(QJSEngine &engine, const QString &source, const QString &fileName)
{
    const QJSValue factory = moduleFactory(engine, source, fileName);
    return factory.isError() ? factory : factory.call();
}

QJSValue load(QJSEngine &engine, const QString &name, bool internal, QString *error)
{
    for (const Library &library : kLibraries) {
        if (name != QStringView(library.name) || !library.file || !(library.requirable || internal))
            continue;
        const QString file = QString::fromUtf16(library.file);
        const QString source = readResource(file, error);
        if (source.isEmpty())
            return {};
        const QJSValue factory = moduleFactory(engine, source, QStringLiteral("wirescope-") + file);
        if (factory.isError()) {
            *error = QStringLiteral("the bundled module '%1' did not load: %2")
                         .arg(name, factory.toString());
            return {};
        }
        return factory;
    }
    *error = QStringLiteral("Cannot find module '%1': it is not in Wirescope's bundled list (%2)")
                 .arg(name, requireNames().join(QStringLiteral(", ")));
    return {};
}

} // namespace wirescope::scriptlibraries
