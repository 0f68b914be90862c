#include "core/vars/emptysecrets.h"

#include "core/model/credentials.h"
#include "core/vars/resolver.h"

#include <QHash>

namespace wirescope {

namespace {

QString credentialName(const QString &field)
{
    static const QHash<QString, const char *> names = {
        {QStringLiteral("auth.password"), "the Auth tab's password"},
        {QStringLiteral("auth.token"), "the Auth tab's token"},
        {QStringLiteral("auth.apiKeyValue"), "the Auth tab's API key value"},
        {QStringLiteral("auth.oauth2.refreshToken"), "the OAuth 2.0 refresh token"},
        {QStringLiteral("auth.jwt.key"), "the JWT signing key"},
        {QStringLiteral("auth.aws.secretKey"), "the AWS secret access key"},
        {QStringLiteral("auth.oauth1.consumerSecret"), "the OAuth 1.0a consumer secret"},
        {QStringLiteral("auth.hawk.key"), "the Hawk key"},
        {QStringLiteral("settings.proxy.password"), "the proxy password"},
    };
    const char *name = names.value(field);
    return name ? QString::fromLatin1(name) : field;
}

} // namespace

QStringList emptySecrets(const Request &request, const VariableContext &context)
{
    // A variable counts when its winning value is an empty secret: resolve the request once
    // with those variables and once without them; the names only the second leaves
    // unresolved are used (directly or through another variable's value) and empty.
    VariableContext withoutEmpty = context;
    QHash<QString, VariableScope> emptyNames;
    for (const auto &[name, resolved] : context.resolvedView()) {
        if (!resolved.secret || !resolved.value.isEmpty())
            continue;
        emptyNames.insert(name, resolved.scope);
        for (int s = 0; s < 4; ++s)
            withoutEmpty.remove(static_cast<VariableScope>(s), name);
    }
    QStringList out;
    if (!emptyNames.isEmpty()) {
        // {{$uuid}} and the like always resolve: only which names stay unresolved matters.
        const DynamicVariables dynamic = DynamicVariables::system();
        QStringList before;
        resolveRequest(request, context, dynamic, &before);
        QStringList after;
        resolveRequest(request, withoutEmpty, dynamic, &after);
        for (const QString &name : std::as_const(after)) {
            if (!before.contains(name) && emptyNames.contains(name)) {
                out.append(QStringLiteral("{{%1}} (a secret %2 variable)")
                               .arg(name, VariableContext::scopeName(emptyNames.value(name))));
            }
        }
    }
    // Fields that are often empty on purpose (a public OAuth 2.0 client, temporary AWS
    // credentials, two-legged OAuth 1.0a, an unencrypted client key) do not count.
    static const QStringList s_optional{
        QStringLiteral("auth.oauth2.clientSecret"), QStringLiteral("auth.aws.sessionToken"),
        QStringLiteral("auth.oauth1.tokenSecret"), QStringLiteral("auth.oauth1.privateKey"),
        QStringLiteral("settings.tls.clientKeyPassphrase")};
    Request copy = request;
    credentials::forEachField(copy, [&out](const QString &field, QString &value, bool used) {
        if (used && value.isEmpty() && !s_optional.contains(field))
            out.append(credentialName(field));
    });
    return out;
}

QString describeEmptySecrets(const QStringList &secrets)
{
    if (secrets.isEmpty())
        return {};
    return QStringLiteral("Sent with an empty secret: %1 %2 no value (the keychain had none "
                          "for it). Enter it again in Variables and Environments (Ctrl+E) or "
                          "the Auth tab, then save.")
        .arg(secrets.join(QStringLiteral(", ")),
             secrets.size() == 1 ? QStringLiteral("has") : QStringLiteral("have"));
}

} // namespace wirescope
