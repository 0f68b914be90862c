#include "core/interop/insomniav5converter.h"

#include "core/interop/importhelpers.h"

#include <QJsonArray>

#include <optional>

namespace wirescope::interop {

namespace {

const QLatin1String kCollectionType("collection.insomnia.rest/");
const QLatin1String kSpecType("spec.insomnia.rest/");
const QLatin1String kEnvironmentType("environment.insomnia.rest/");
const QLatin1String kMockType("mock.insomnia.rest/");
const QLatin1String kMcpType("mcpClient.insomnia");

QString text(const QJsonObject &o, const char *key)
{
    return scalarText(o.value(QLatin1String(key)));
}

enum class ItemKind { Request, Folder, WebSocket, Grpc, SocketIo, Unknown };

/// What a collection entry is. Schema 5.2 says it in `type`; older files say it through the
/// id's prefix, and hand-written ones only through their fields (the order Insomnia's own
/// 5.2 migration infers them in).
ItemKind kindOf(const QJsonObject &o)
{
    const QString type = text(o, "type");
    if (type == QLatin1String("Request"))
        return ItemKind::Request;
    if (type == QLatin1String("RequestGroup"))
        return ItemKind::Folder;
    if (type == QLatin1String("WebSocketRequest"))
        return ItemKind::WebSocket;
    if (type == QLatin1String("GrpcRequest"))
        return ItemKind::Grpc;
    if (type == QLatin1String("SocketIORequest"))
        return ItemKind::SocketIo;
    if (!type.isEmpty())
        return ItemKind::Unknown;
    const QString id = text(o.value(QLatin1String("meta")).toObject(), "id");
    if (id.startsWith(QLatin1String("greq_")))
        return ItemKind::Grpc;
    if (id.startsWith(QLatin1String("fld_")))
        return ItemKind::Folder;
    if (id.startsWith(QLatin1String("ws-req_")))
        return ItemKind::WebSocket;
    if (id.startsWith(QLatin1String("socketio-req_")) || id.startsWith(QLatin1String("sio-req_")))
        return ItemKind::SocketIo;
    if (id.startsWith(QLatin1String("req_")))
        return ItemKind::Request;
    if (o.contains(QLatin1String("protoFileId")) || o.contains(QLatin1String("protoMethodName"))
        || o.contains(QLatin1String("metadata")) || o.contains(QLatin1String("reflectionApi")))
        return ItemKind::Grpc;
    if (!text(o, "method").isEmpty())
        return ItemKind::Request;
    if (o.contains(QLatin1String("eventListeners")))
        return ItemKind::SocketIo;
    if (o.contains(QLatin1String("children")))
        return ItemKind::Folder;
    const QString url = text(o, "url").trimmed().toLower();
    if (url.startsWith(QLatin1String("ws://")) || url.startsWith(QLatin1String("wss://")))
        return ItemKind::WebSocket;
    return ItemKind::Request;
}

class V5Converter
{
public:
    explicit V5Converter(ImportReport &report)
        : m_report(report)
    {}

    QJsonArray resources;
    std::optional<Error> error;

    QString newId(const char *prefix)
    {
        return QStringLiteral("%1_v5_%2").arg(QLatin1String(prefix)).arg(++m_next);
    }

    void
    items(const QJsonValue &list, const QString &parentId, const QString &parentPath, int depth)
    {
        if (error || list.isUndefined() || list.isNull())
            return;
        if (!list.isArray()) {
            m_report.dropped(parentPath, QStringLiteral("'collection'/'children' is not a list; "
                                                        "its content was not imported"));
            return;
        }
        if (depth > kMaxFolderDepth) {
            error = Error{Error::Kind::Parse,
                          QStringLiteral("folders are nested deeper than %1 levels (at '%2')")
                              .arg(kMaxFolderDepth)
                              .arg(parentPath.left(200))};
            return;
        }
        for (const QJsonValue &entry : list.toArray()) {
            if (!entry.isObject()) {
                m_report.dropped(parentPath, QStringLiteral("a collection entry is not a mapping"));
                continue;
            }
            item(entry.toObject(), parentId, parentPath, depth);
            if (error)
                return;
        }
    }

    void environments(const QJsonValue &value, const QString &workspaceId)
    {
        const QJsonArray list = value.isArray() ? value.toArray() : QJsonArray{value};
        for (const QJsonValue &entry : list) {
            if (!entry.isObject())
                continue;
            const QJsonObject base = entry.toObject();
            const QString baseId = newId("env");
            resources.append(environment(base, baseId, workspaceId));
            for (const QJsonValue &sub : base.value(QLatin1String("subEnvironments")).toArray()) {
                if (sub.isObject())
                    resources.append(environment(sub.toObject(), newId("env"), baseId));
            }
        }
    }

    void reportLeftOut(const QJsonObject &top)
    {
        const QJsonObject jar = top.value(QLatin1String("cookieJar")).toObject();
        const qsizetype cookies = jar.value(QLatin1String("cookies")).toArray().size();
        if (cookies > 0)
            m_report.dropped(
                QString(), QStringLiteral("%1 cookie(s) in the cookie jar '%2' were not imported; "
                                          "Wirescope's cookie jar fills as requests are sent")
                               .arg(cookies)
                               .arg(text(jar, "name")));
        for (const QJsonValue &c : top.value(QLatin1String("certificates")).toArray())
            m_report.dropped(QString(),
                             QStringLiteral("CA certificate '%1' was not imported: add it to the "
                                            "TLS settings of the requests that need it")
                                 .arg(text(c.toObject(), "path")));
        for (const char *key : {"clientCertificates", "caCertificate"}) {
            if (top.contains(QLatin1String(key)))
                m_report.dropped(QString(), QStringLiteral("'%1' was not imported: set the files "
                                                           "in the requests' TLS settings")
                                                .arg(QLatin1String(key)));
        }
        const QJsonObject spec = top.value(QLatin1String("spec")).toObject();
        if (!spec.value(QLatin1String("contents")).toObject().isEmpty()
            || !text(spec, "file").isEmpty())
            m_report.info(QString(), QStringLiteral("the API design document in this file was not "
                                                    "imported with the requests; import it on its "
                                                    "own as OpenAPI"));
        const qsizetype suites = top.value(QLatin1String("testSuites")).toArray().size();
        if (suites > 0)
            m_report.dropped(QString(), QStringLiteral("%1 Insomnia test suite(s) were not "
                                                       "imported: Wirescope runs assertions, not "
                                                       "Insomnia's unit tests")
                                            .arg(suites));
    }

private:
    /// The keys every v4 resource has: id, type, parent, name, description and sort key.
    QJsonObject resource(const QJsonObject &o, const QString &type, const QString &parentId)
    {
        const QJsonObject meta = o.value(QLatin1String("meta")).toObject();
        QJsonObject r;
        r.insert(QLatin1String("_id"),
                 newId(type == QLatin1String("request_group") ? "fld" : "req"));
        r.insert(QLatin1String("_type"), type);
        r.insert(QLatin1String("parentId"), parentId);
        r.insert(QLatin1String("name"), o.value(QLatin1String("name")));
        QString description = text(o, "description");
        if (description.isEmpty())
            description = text(meta, "description");
        r.insert(QLatin1String("description"), description);
        const QJsonValue sortKey = meta.contains(QLatin1String("sortKey"))
                                       ? meta.value(QLatin1String("sortKey"))
                                       : o.value(QLatin1String("metaSortKey"));
        if (sortKey.isDouble())
            r.insert(QLatin1String("metaSortKey"), sortKey);
        for (const char *key : {"headers", "authentication"}) {
            if (o.contains(QLatin1String(key)))
                r.insert(QLatin1String(key), o.value(QLatin1String(key)));
        }
        return r;
    }

    static void scripts(const QJsonObject &o, QJsonObject &r)
    {
        const QJsonObject s = o.value(QLatin1String("scripts")).toObject();
        r.insert(QLatin1String("preRequestScript"), s.value(QLatin1String("preRequest")));
        r.insert(QLatin1String("afterResponseScript"), s.value(QLatin1String("afterResponse")));
    }

    void item(const QJsonObject &o, const QString &parentId, const QString &parentPath, int depth)
    {
        const QString path = joinItemPath(parentPath, text(o, "name"));
        switch (kindOf(o)) {
        case ItemKind::Folder: {
            QJsonObject r = resource(o, QStringLiteral("request_group"), parentId);
            for (const char *key : {"environment", "environmentPropertyOrder"})
                r.insert(QLatin1String(key), o.value(QLatin1String(key)));
            scripts(o, r);
            resources.append(r);
            items(o.value(QLatin1String("children")), r.value(QLatin1String("_id")).toString(),
                  path, depth + 1);
            return;
        }
        case ItemKind::Request: {
            QJsonObject r = resource(o, QStringLiteral("request"), parentId);
            for (const char *key : {"url", "method", "parameters", "pathParameters", "body"})
                r.insert(QLatin1String(key), o.value(QLatin1String(key)));
            scripts(o, r);
            const QJsonObject settings = o.value(QLatin1String("settings")).toObject();
            r.insert(QLatin1String("settingFollowRedirects"),
                     settings.value(QLatin1String("followRedirects")));
            const QJsonObject cookies = settings.value(QLatin1String("cookies")).toObject();
            r.insert(QLatin1String("settingSendCookies"), cookies.value(QLatin1String("send")));
            r.insert(QLatin1String("settingStoreCookies"), cookies.value(QLatin1String("store")));
            resources.append(r);
            return;
        }
        case ItemKind::WebSocket: {
            QJsonObject r = resource(o, QStringLiteral("websocket_request"), parentId);
            for (const char *key : {"url", "parameters"})
                r.insert(QLatin1String(key), o.value(QLatin1String(key)));
            resources.append(r);
            return;
        }
        case ItemKind::Grpc: {
            const QString method = text(o, "protoMethodName");
            m_report.dropped(path,
                             QStringLiteral("gRPC request not imported (Wirescope has no "
                                            "gRPC requests): %1 at %2")
                                 .arg(method.isEmpty() ? QStringLiteral("(no method)") : method,
                                      text(o, "url")));
            return;
        }
        case ItemKind::SocketIo:
            m_report.dropped(path, QStringLiteral("Socket.IO request not imported (Wirescope has "
                                                  "no Socket.IO requests): %1")
                                       .arg(text(o, "url")));
            return;
        case ItemKind::Unknown:
            m_report.dropped(path, QStringLiteral("collection entry of type '%1' is not supported")
                                       .arg(text(o, "type").left(60)));
            return;
        }
    }

    static QJsonObject environment(const QJsonObject &o, const QString &id, const QString &parentId)
    {
        QJsonObject r;
        r.insert(QLatin1String("_id"), id);
        r.insert(QLatin1String("_type"), QStringLiteral("environment"));
        r.insert(QLatin1String("parentId"), parentId);
        for (const char *key :
             {"name", "data", "dataPropertyOrder", "environmentType", "kvPairData"})
            r.insert(QLatin1String(key), o.value(QLatin1String(key)));
        return r;
    }

    ImportReport &m_report;
    int m_next = 0;
};

} // namespace

bool isInsomniaV5(const QJsonObject &top)
{
    const QString type = text(top, "type");
    return type.startsWith(kCollectionType) || type.startsWith(kSpecType)
           || type.startsWith(kEnvironmentType) || type.startsWith(kMockType)
           || type.startsWith(kMcpType);
}

Result<QJsonObject> convertInsomniaV5(const QJsonObject &top, ImportReport &report)
{
    const QString type = text(top, "type");
    if (type.startsWith(kMockType) || type.startsWith(kMcpType))
        return Error{Error::Kind::Parse,
                     QStringLiteral("this Insomnia file (%1) holds %2, not requests: nothing to "
                                    "import")
                         .arg(type.left(60), type.startsWith(kMockType)
                                                 ? QStringLiteral("mock server routes")
                                                 : QStringLiteral("an MCP client"))};
    if (!type.endsWith(QLatin1String("/5.0")))
        report.warning(QString(),
                       QStringLiteral("Insomnia file type '%1'; read as 5.0").arg(type.left(60)));
    const QJsonValue collection = top.value(QLatin1String("collection"));
    if (!collection.isUndefined() && !collection.isNull() && !collection.isArray())
        return Error{Error::Kind::Parse,
                     QStringLiteral("not an Insomnia v5 collection: 'collection' is not a list")};

    V5Converter converter(report);
    const QJsonObject meta = top.value(QLatin1String("meta")).toObject();
    QJsonObject workspace;
    const QString workspaceId = converter.newId("wrk");
    workspace.insert(QLatin1String("_id"), workspaceId);
    workspace.insert(QLatin1String("_type"), QStringLiteral("workspace"));
    workspace.insert(QLatin1String("name"), top.value(QLatin1String("name")));
    QString description = text(top, "description");
    if (description.isEmpty())
        description = text(meta, "description");
    workspace.insert(QLatin1String("description"), description);
    converter.resources.append(workspace);

    converter.items(collection, workspaceId, QString(), 0);
    if (converter.error)
        return *converter.error;
    converter.environments(top.value(QLatin1String("environments")), workspaceId);
    converter.reportLeftOut(top);

    QJsonObject v4;
    v4.insert(QLatin1String("_type"), QStringLiteral("export"));
    v4.insert(QLatin1String("__export_format"), 4);
    v4.insert(QLatin1String("resources"), converter.resources);
    return v4;
}

} // namespace wirescope::interop
