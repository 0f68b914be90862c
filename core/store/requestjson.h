#pragma once

#include "core/model/auth.h"
#include "core/model/body.h"
#include "core/model/error.h"
#include "core/model/keyvalue.h"
#include "core/model/request.h"
#include "core/model/requestsettings.h"

#include <QJsonArray>
#include <QJsonObject>

namespace wirescope {

namespace store {
class JsonReader;
}

/// JSON codec of an HTTP request and its parts, as stored in a collection's `*.request.json`
/// files (see core/store/collectionfiles.h for the file layout). Lossless except for
/// credentials: every field of Request, Body, Auth and RequestSettings survives toJson() ->
/// requestFromJson(), but a literal credential (auth password, token and API key value, proxy
/// password, client key passphrase; see core/model/credentials.h) is never written. Its
/// object lists it under "keychain" instead (e.g. `"keychain": ["password"]`) and
/// SecretBinder keeps the value in the system keychain. A credential that refers to a
/// variable (`{{token}}`) is written as it is.
/// Fields holding their default value are omitted so files stay small and diffs short;
/// `id`, `name`, `method` and `url` are always written. Readers are strict: a present key of
/// the wrong type, an unknown enum name or an out-of-range number is an Error naming the JSON
/// path (e.g. `body.form[1].enabled: expected a boolean, found a string`). Unknown keys are
/// ignored.
///
///     {"id", "name", "method", "url", "description",
///      "queryParams" | "pathVariables" | "headers": [{"name", "value", "enabled", "description"}],
///      "body": {"kind": "none|raw|urlencoded|multipart|binary",
///               "language": "text|json|xml|html|javascript", "raw", "form": [...],
///               "multipart": [{"name", "value", "file", "filePath", "contentType", "enabled"}],
///               "binaryFilePath", "binaryContentType"},
///      "auth": {"kind": "none|inherit|basic|bearer|apikey|digest|oauth2|jwt", "username",
///      "password",
///               "token", "apiKeyName", "apiKeyValue", "apiKeyLocation": "header|query",
///               "keychain": ["password" | "token" | "apiKeyValue"], "oauth2": {...},
///               "jwt": {"algorithm", "key", "keyBase64", "payload", "header", "inQuery",
///                       "headerPrefix", "queryParam", "keychain": ["key"]}},
///      "settings": {"timeoutMs", "inactivityTimeoutMs", "followRedirects", "maxRedirects",
///                   "httpVersion": "auto|http1|http2-prior-knowledge", "useCookieJar",
///                   "maxResponseBytes", "tls": {...}, "proxy": {...}}}
///
/// The same codec stores the requests of the history (core/history), with CredentialForm::Inline:
/// a credential is written as it stands there (the history's redactor has already replaced what
/// must not be kept), and read back the same way.
enum class CredentialForm {
    Keychain, ///< a literal credential is left out and named under "keychain" (collection files)
    Inline,   ///< every credential is written as it is (the history, already redacted)
};

QJsonObject toJson(const Request &request, CredentialForm form = CredentialForm::Keychain);
Result<Request> requestFromJson(const QJsonObject &object);

QJsonArray toJson(const KeyValueList &list);
QJsonObject toJson(const Auth &auth, CredentialForm form = CredentialForm::Keychain);
QJsonObject toJson(const Body &body);
QJsonObject toJson(const RequestSettings &settings, CredentialForm form = CredentialForm::Keychain);
QJsonObject toJson(const TlsSettings &tls, CredentialForm form = CredentialForm::Keychain);
QJsonObject toJson(const ProxySettings &proxy, CredentialForm form = CredentialForm::Keychain);

Result<Auth> authFromJson(const QJsonObject &object);
Result<Body> bodyFromJson(const QJsonObject &object);
Result<RequestSettings> requestSettingsFromJson(const QJsonObject &object);

namespace store {
// Building blocks for the other codecs: read into @p out, errors go to @p reader.
KeyValueList readKeyValues(JsonReader &reader, QLatin1String key);
void readAuth(JsonReader &reader, Auth &out);
void readBody(JsonReader &reader, Body &out);
void readTls(JsonReader &reader, TlsSettings &out);
void readProxy(JsonReader &reader, ProxySettings &out);
void readRequestSettings(JsonReader &reader, RequestSettings &out);
void readRequest(JsonReader &reader, Request &out);
/// Writes the fields of @p request into @p object (shared by toJson and the file writer).
void writeRequest(QJsonObject &object,
                  const Request &request,
                  CredentialForm form = CredentialForm::Keychain);
} // namespace store

} // namespace wirescope
