#pragma once

#include <QString>
#include <QStringList>

namespace wirescope {

/// Finds the Postman sandbox calls in a script's text that Wirescope's engine does not
/// implement (pm.cookies.jar, pm.visualizer.set, require('xml2js'), cheerio...), so an
/// importer can say so before anything runs. A text scan, not a parse: calls built at run
/// time (pm[name]()) are not seen, and a name in a comment or string is reported too.
namespace scriptcalls {

/// The unsupported call names in @p source, each once, in order of appearance
/// ("pm.cookies.jar", "require('xml2js')", "cheerio.load"). The bundled libraries (lodash,
/// crypto-js, moment, tv4, uuid) are supported; a require of a module named at run time is
/// reported as "require".
QStringList unsupported(const QString &source);

/// Every call in @p source on the object named @p root ("insomnia" -> "insomnia.test",
/// "insomnia.environment.set") plus the calls on Postman's sandbox globals (require,
/// CryptoJS...), each once, in order of appearance: for scripts of a foreign API that
/// Wirescope keeps out of the import, so the report can name what they did.
QStringList callsOn(const QString &source, const QString &root);

/// True when the engine implements @p callName ("pm.environment.set").
bool isSupported(const QString &callName);

} // namespace scriptcalls

} // namespace wirescope
