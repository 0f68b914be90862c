#include "core/interop/httpfileimporter.h"

#include "core/http/urlparams.h"
#include "core/interop/importhelpers.h"

#include <QDir>
#include <QFile>
#include <QFileInfo>
#include <QHash>
#include <QJsonDocument>
#include <QJsonObject>
#include <QRegularExpression>
#include <QStringList>

namespace wirescope::interop {

namespace {

const QRegularExpression &requestLine()
{
    static const QRegularExpression re(
        QStringLiteral("^(?:([A-Z]+)\\s+)?"
                       "((?:https?://|\\{\\{|/)\\S*)(?:\\s+HTTP/[0-9.]+)?\\s*$"));
    return re;
}

const QRegularExpression &fileVariable()
{
    static const QRegularExpression re(QStringLiteral("^@([A-Za-z0-9_.\\-]+)\\s*=\\s*(.*)$"));
    return re;
}

/// `# @name x`, `// @name=x`: the directive and its value, or an empty directive.
std::pair<QString, QString> directive(const QString &line)
{
    static const QRegularExpression re(
        QStringLiteral("^(?:#+|//)\\s*@([A-Za-z][A-Za-z0-9_\\-]*)\\s*=?\\s*(.*)$"));
    const QRegularExpressionMatch m = re.match(line);
    if (!m.hasMatch())
        return {};
    return {m.captured(1), m.captured(2).trimmed()};
}

bool isComment(const QString &line)
{
    return line.startsWith(QLatin1Char('#')) || line.startsWith(QLatin1String("//"));
}

/// One `###` section of the file.
struct Section
{
    QString title; ///< the text after ###
    QStringList lines;
    int firstLine = 0; ///< 1-based line of the first entry of `lines`
};

QList<Section> sections(const QString &text)
{
    QList<Section> out{Section{}};
    out.last().firstLine = 1;
    const QStringList lines = text.split(QLatin1Char('\n'));
    for (qsizetype i = 0; i < lines.size(); ++i) {
        QString line = lines.at(i);
        if (line.endsWith(QLatin1Char('\r')))
            line.chop(1);
        if (line.startsWith(QLatin1String("###"))) {
            QString title = line.mid(3).trimmed();
            if (title.count(QLatin1Char('#')) == title.size())
                title.clear(); // a ruler (####...) names nothing
            out.append(Section{title, {}, int(i + 2)});
            continue;
        }
        out.last().lines.append(line);
    }
    return out;
}

class Reader
{
public:
    ImportResult result;
    std::optional<Error> error;

    void read(const Section &section)
    {
        QString name = section.title;
        qsizetype i = 0;
        RequestSettings settings;
        // Before the request line: comments, directives, file variables.
        for (; i < section.lines.size(); ++i) {
            const QString line = section.lines.at(i).trimmed();
            if (line.isEmpty())
                continue;
            if (const QRegularExpressionMatch v = fileVariable().match(line); v.hasMatch()) {
                result.collection.variables.append(
                    {v.captured(1), v.captured(2).trimmed(), true, false, {}});
                continue;
            }
            if (isComment(line)) {
                applyDirective(directive(line), name, settings, section.firstLine + int(i));
                continue;
            }
            break;
        }
        if (i >= section.lines.size())
            return; // only variables and comments
        const QRegularExpressionMatch m = requestLine().match(section.lines.at(i).trimmed());
        const QString where = QStringLiteral("line %1").arg(section.firstLine + i);
        if (!m.hasMatch()) {
            result.report.dropped(where, QStringLiteral("not a request line, section skipped: %1")
                                             .arg(section.lines.at(i).trimmed().left(80)));
            return;
        }
        if (countRequests(result.collection.items) >= kMaxHttpFileRequests) {
            error = Error{
                Error::Kind::Parse,
                QStringLiteral("more than %1 requests in one file").arg(kMaxHttpFileRequests)};
            return;
        }
        HttpItem item;
        Request &r = item.request;
        r.id = newItemId();
        r.method = m.captured(1).isEmpty() ? QStringLiteral("GET") : m.captured(1);
        r.url = m.captured(2);
        r.settings = settings;
        r.name = name.isEmpty() ? QStringLiteral("%1 %2").arg(r.method, r.url) : name;
        for (++i; i < section.lines.size(); ++i) { // JetBrains: the query on following lines
            const QString line = section.lines.at(i).trimmed();
            if (!line.startsWith(QLatin1Char('?')) && !line.startsWith(QLatin1Char('&')))
                break;
            r.url += line;
        }
        r.queryParams = parseQuery(r.url);
        for (; i < section.lines.size(); ++i) { // headers up to the first blank line
            const QString line = section.lines.at(i).trimmed();
            if (line.isEmpty())
                break;
            if (isComment(line))
                continue;
            const qsizetype colon = line.indexOf(QLatin1Char(':'));
            if (colon <= 0) {
                result.report.dropped(r.name, QStringLiteral("line %1 is not a header, skipped: %2")
                                                  .arg(section.firstLine + i)
                                                  .arg(line.left(80)));
                continue;
            }
            r.headers.append({line.left(colon).trimmed(), line.mid(colon + 1).trimmed(), true, {}});
        }
        readBody(section, i + 1, item);
        result.collection.items.push_back(CollectionItem{std::move(item)});
    }

    /// Turns `{{login.response.body.$.token}}` in any request into a capture on `login`.
    void addRequestVariableCaptures()
    {
        static const QRegularExpression ref(QStringLiteral(
            "\\{\\{\\s*([A-Za-z0-9_\\-]+)\\.response\\.(body|headers)\\.([^}]*?)\\s*\\}\\}"));
        QHash<QString, HttpItem *> byName;
        for (CollectionItem &item : result.collection.items) {
            if (auto *http = std::get_if<HttpItem>(&item.node))
                byName.insert(http->request.name, http);
        }
        for (CollectionItem &item : result.collection.items) {
            auto *http = std::get_if<HttpItem>(&item.node);
            if (!http)
                continue;
            const QString text =
                http->request.url + headersText(http->request.headers) + http->request.body.raw;
            auto it = ref.globalMatch(text);
            while (it.hasNext()) {
                const QRegularExpressionMatch m = it.next();
                addCapture(byName.value(m.captured(1)), m, http->request.name);
            }
        }
    }

private:
    static QString headersText(const KeyValueList &headers)
    {
        QString out;
        for (const KeyValue &h : headers)
            out += h.value;
        return out;
    }

    void addCapture(HttpItem *source, const QRegularExpressionMatch &m, const QString &path)
    {
        const QString variable = m.captured(0).mid(2, m.captured(0).size() - 4).trimmed();
        Capture c;
        c.variable = variable;
        if (m.captured(2) == u"headers") {
            c.source = Capture::Source::Header;
            c.expression = m.captured(3);
        } else {
            c.expression = m.captured(3);
        }
        if (!source || (c.source == Capture::Source::JsonPath && !c.expression.startsWith(u'$'))) {
            result.report.dropped(path,
                                  QStringLiteral("{{%1}} is not imported as a capture: %2")
                                      .arg(variable, source ? QStringLiteral("only JSONPath "
                                                                             "($...) is read")
                                                            : QStringLiteral("no request "
                                                                             "has that name")));
            return;
        }
        for (const Capture &existing : source->captures) {
            if (existing.variable == variable)
                return;
        }
        source->captures.append(c);
    }

    void applyDirective(const std::pair<QString, QString> &d,
                        QString &name,
                        RequestSettings &settings,
                        int line)
    {
        if (d.first.isEmpty())
            return;
        if (d.first == u"name")
            name = d.second;
        else if (d.first == u"no-redirect")
            settings.followRedirects = false;
        else if (d.first == u"no-cookie-jar")
            settings.useCookieJar = false;
        else
            result.report.dropped(QStringLiteral("line %1").arg(line),
                                  QStringLiteral("directive @%1 not imported").arg(d.first));
    }

    void readBody(const Section &section, qsizetype from, HttpItem &item)
    {
        Request &r = item.request;
        QStringList body;
        for (qsizetype i = from; i < section.lines.size(); ++i) {
            const QString line = section.lines.at(i);
            if (line.startsWith(QLatin1String("> {%"))) {
                QStringList script{line.mid(4)};
                for (++i; i < section.lines.size() && !section.lines.at(i).contains(u"%}"); ++i)
                    script.append(section.lines.at(i));
                item.scripts.append({QStringLiteral("http-response-handler"),
                                     script.join(QLatin1Char('\n')).trimmed()});
                result.report.warning(r.name, QStringLiteral("response handler script kept but "
                                                             "not run (JetBrains client API)"));
                continue;
            }
            if (line.startsWith(QLatin1String("> ")) || line.startsWith(QLatin1String("<> "))) {
                result.report.dropped(r.name, QStringLiteral("'%1' not imported (handler or "
                                                             "response file)")
                                                  .arg(line.trimmed()));
                continue;
            }
            body.append(line);
        }
        while (!body.isEmpty() && body.last().trimmed().isEmpty())
            body.removeLast();
        if (body.isEmpty())
            return;
        if (body.size() == 1 && body.first().startsWith(QLatin1String("< "))) {
            r.body.kind = BodyKind::Binary;
            r.body.binaryFilePath = body.first().mid(2).trimmed();
            r.body.binaryContentType = firstValue(r.headers, u"Content-Type");
            result.report.info(r.name, QStringLiteral("the body is the file %1, relative to the "
                                                      ".http file")
                                           .arg(r.body.binaryFilePath));
            return;
        }
        r.body.kind = BodyKind::Raw;
        r.body.raw = body.join(QLatin1Char('\n'));
        r.body.language = languageForMimeType(firstValue(r.headers, u"Content-Type"));
    }
};

/// The top-level object of @p path, or an empty object (noted unless the file is absent).
QJsonObject readEnvFile(const QString &path, ImportReport &report)
{
    QFile file(path);
    if (!file.exists())
        return {};
    const QString name = QFileInfo(path).fileName();
    if (file.size() > (1 << 20) || !file.open(QIODevice::ReadOnly)) {
        report.dropped(name, QStringLiteral("not read: larger than 1 MB or unreadable"));
        return {};
    }
    QJsonParseError error;
    const QJsonDocument doc = QJsonDocument::fromJson(file.readAll(), &error);
    if (!doc.isObject()) {
        report.dropped(name,
                       QStringLiteral("not read: not a JSON object (%1)").arg(error.errorString()));
        return {};
    }
    return doc.object();
}

void setVariable(Environment &env, const QString &name, const QString &value, bool secret)
{
    for (Variable &v : env.variables) {
        if (v.name == name) {
            v.value = value;
            v.secret = v.secret || secret;
            return;
        }
    }
    env.variables.append({name, value, true, secret, {}});
}

void addValues(Environment &env, const QJsonObject &values, bool secret, ImportReport &report)
{
    for (auto it = values.begin(); it != values.end(); ++it) {
        if (it.value().isObject() || it.value().isArray()) {
            report.dropped(QStringLiteral("environment %1").arg(env.name),
                           QStringLiteral("%1 is not a plain value (JetBrains settings such as "
                                          "SSLConfiguration or Security); not imported")
                               .arg(it.key()));
            continue;
        }
        setVariable(env, it.key(), scalarText(it.value()), secret);
    }
}

} // namespace

void readHttpClientEnvironments(const QString &folder, ImportResult &result)
{
    const QDir dir(folder);
    const QJsonObject shared =
        readEnvFile(dir.filePath(QStringLiteral("http-client.env.json")), result.report);
    const QJsonObject privateEnv =
        readEnvFile(dir.filePath(QStringLiteral("http-client.private.env.json")), result.report);
    QStringList names = shared.keys() + privateEnv.keys();
    names.removeDuplicates();
    names.removeAll(QStringLiteral("$shared"));
    for (const QString &name : names) {
        Environment env;
        env.name = name;
        addValues(env, shared.value(QLatin1String("$shared")).toObject(), false, result.report);
        addValues(env, shared.value(name).toObject(), false, result.report);
        addValues(env, privateEnv.value(QLatin1String("$shared")).toObject(), true, result.report);
        addValues(env, privateEnv.value(name).toObject(), true, result.report);
        result.environments.append(env);
    }
}

bool looksLikeHttpFile(const QString &text)
{
    const QStringList lines = text.left(4096).split(QLatin1Char('\n'));
    for (const QString &raw : lines) {
        const QString line = raw.trimmed();
        if (line.startsWith(QLatin1String("###")))
            return true;
        if (line.isEmpty() || isComment(line) || fileVariable().match(line).hasMatch())
            continue;
        const QRegularExpressionMatch m = requestLine().match(line);
        return m.hasMatch() && (!m.captured(1).isEmpty() || !line.startsWith(QLatin1Char('/')));
    }
    return false;
}

Result<ImportResult> importHttpFile(const QString &text)
{
    Reader reader;
    reader.result.format = ImportFormat::HttpFile;
    reader.result.collection.id = newItemId();
    for (const Section &section : sections(text)) {
        reader.read(section);
        if (reader.error)
            return *reader.error;
    }
    if (reader.result.collection.items.empty())
        return Error{Error::Kind::Parse,
                     QStringLiteral("no request found: expected a request line such as "
                                    "'GET https://example.com' in the .http file")};
    reader.addRequestVariableCaptures();
    return std::move(reader.result);
}

} // namespace wirescope::interop
