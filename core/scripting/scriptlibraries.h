#pragma once

#include <QJSValue>
#include <QString>
#include <QStringList>

class QJSEngine;

namespace wirescope::scriptlibraries {

/// The module names a script may `require`, in the order error messages list them.
QStringList requireNames();

/// The text of the sandbox resource @p name (":/wirescope/scripting/<name>"); empty with
/// @p error set when it is missing.
QString readResource(const QString &name, QString *error);

/// Compiles @p source, a CommonJS or UMD module, in @p engine into a function of `console`
/// that runs it with its own `module` and `exports` and returns its `module.exports` (an
/// error value when it does not compile).
QJSValue moduleFactory(QJSEngine &engine, const QString &source, const QString &fileName);

/// moduleFactory() called without a console: the module's exports (an error value when it
/// threw).
QJSValue evaluateModule(QJSEngine &engine, const QString &source, const QString &fileName);

/// The factory (see moduleFactory()) of the bundled library @p name: a name from
/// requireNames() that has a file of its own, or with @p internal also "lodash3" (the legacy
/// global `_`, which scripts cannot require). On failure returns undefined and sets @p error
/// to a message for people ("Cannot find module 'x': ...").
QJSValue load(QJSEngine &engine, const QString &name, bool internal, QString *error);

} // namespace wirescope::scriptlibraries
