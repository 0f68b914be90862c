#pragma once

#include <QString>
#include <QStringList>

namespace wirescope {

/// Finds the Postman sandbox calls in a script's text that Wirescope's engine does not
/// implement (pm.cookies.jar, pm.visualizer.set, require('lodash'), CryptoJS...), so an
/// importer can say so before anything runs. A text scan, not a parse: calls built at run
/// time (pm[name]()) are not seen, and a name in a comment or string is reported too.
namespace scriptcalls {

/// The unsupported call names in @p source, each once, in order of appearance
/// ("pm.cookies.jar", "require", "CryptoJS.MD5").
QStringList unsupported(const QString &source);

/// True when the engine implements @p callName ("pm.environment.set").
bool isSupported(const QString &callName);

} // namespace scriptcalls

} // namespace wirescope
