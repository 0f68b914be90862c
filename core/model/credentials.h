#pragma once

#include <QString>

#include <functional>

namespace wirescope {

struct Auth;
struct ProxySettings;
struct Request;
struct TlsSettings;
struct WebSocketRequest;

/// The credential fields of the model: values a collection file must never hold (they go to
/// the system keychain, see SecretBinder), unlike the rest of a request. They are the auth
/// password, token and API key value, the proxy password and the client key's passphrase.
///
/// A value that refers to a variable (it contains `{{`) is not itself a secret: it stays in the
/// file, and the variable can be marked secret. Any other non-empty value is a literal secret.
namespace credentials {

/// True for a non-empty value without a `{{variable}}` reference in it.
bool isLiteral(const QString &value);

/// One credential field. @p name is its path in a request file ("auth.password",
/// "settings.proxy.password", "settings.tls.clientKeyPassphrase", the same in HTTP and
/// WebSocket request files); @p used tells whether the rest of the
/// configuration needs it (the auth kind, a proxy user, a client key or certificate).
using FieldVisitor = std::function<void(const QString &name, QString &value, bool used)>;

void forEachField(Auth &auth, const FieldVisitor &visit);
void forEachField(ProxySettings &proxy, const FieldVisitor &visit); ///< "settings.proxy.*"
void forEachField(TlsSettings &tls, const FieldVisitor &visit);     ///< "settings.tls.*"
void forEachField(Request &request, const FieldVisitor &visit);
void forEachField(WebSocketRequest &request, const FieldVisitor &visit);

} // namespace credentials

} // namespace wirescope
