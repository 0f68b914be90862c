#include "core/interop/bruparser.h"

#include <QRegularExpression>
#include <QStringList>

#include <optional>

namespace wirescope::interop {

namespace {

/// Blocks whose content is free text (indented two spaces) rather than `key: value` lines.
bool isTextBlock(QStringView name)
{
    static const QStringList names = {
        QStringLiteral("body"),
        QStringLiteral("body:json"),
        QStringLiteral("body:text"),
        QStringLiteral("body:xml"),
        QStringLiteral("body:sparql"),
        QStringLiteral("body:graphql"),
        QStringLiteral("body:graphql:vars"),
        QStringLiteral("script:pre-request"),
        QStringLiteral("script:post-response"),
        QStringLiteral("tests"),
        QStringLiteral("docs"),
    };
    return names.contains(name.toString());
}

bool isClosing(const QString &line, QChar close)
{
    return line.startsWith(close) && QStringView(line).mid(1).trimmed().isEmpty();
}

class Parser
{
public:
    Parser(const QString &text, const QString &fileName)
        : m_lines(text.split(QLatin1Char('\n')))
        , m_fileName(fileName)
    {
        for (QString &line : m_lines) {
            if (line.endsWith(QLatin1Char('\r')))
                line.chop(1);
        }
    }

    Result<BruDocument> run()
    {
        static const QRegularExpression header(
            QStringLiteral("^([A-Za-z0-9_.:\\-]+)\\s*([{\\[])\\s*$"));
        BruDocument doc;
        while (m_index < m_lines.size()) {
            const QString &line = m_lines.at(m_index);
            if (line.trimmed().isEmpty()) {
                ++m_index;
                continue;
            }
            const QRegularExpressionMatch m = header.match(line);
            if (!m.hasMatch())
                return fail(m_index, QStringLiteral("expected the start of a block such as "
                                                    "'meta {', found '%1'")
                                         .arg(line.trimmed().left(60)));
            if (doc.blocks.size() >= kMaxBruBlocks)
                return fail(m_index, QStringLiteral("more than %1 blocks").arg(kMaxBruBlocks));
            BruBlock block;
            block.name = m.captured(1);
            block.line = m_index + 1;
            ++m_index;
            std::optional<Error> error;
            if (m.captured(2) == u"[") {
                block.kind = BruBlock::Kind::List;
                error = readList(block);
            } else if (isTextBlock(block.name)) {
                block.kind = BruBlock::Kind::Text;
                error = readText(block);
            } else {
                error = readDictionary(block);
            }
            if (error)
                return *error;
            doc.blocks.append(std::move(block));
        }
        return doc;
    }

private:
    Error fail(qsizetype index, const QString &problem) const
    {
        return Error{Error::Kind::Parse,
                     QStringLiteral("%1:%2: %3").arg(m_fileName).arg(index + 1).arg(problem)};
    }

    Error unclosed(const BruBlock &block) const
    {
        return Error{Error::Kind::Parse, QStringLiteral("%1:%2: block '%3' is not closed")
                                             .arg(m_fileName)
                                             .arg(block.line)
                                             .arg(block.name)};
    }

    std::optional<Error> readText(BruBlock &block)
    {
        QStringList lines;
        for (; m_index < m_lines.size(); ++m_index) {
            const QString &line = m_lines.at(m_index);
            if (isClosing(line, QLatin1Char('}'))) {
                ++m_index;
                while (!lines.isEmpty() && lines.last().trimmed().isEmpty())
                    lines.removeLast();
                block.text = lines.join(QLatin1Char('\n'));
                return std::nullopt;
            }
            lines.append(line.startsWith(QLatin1String("  ")) ? line.mid(2) : line.trimmed());
        }
        return unclosed(block);
    }

    std::optional<Error> readList(BruBlock &block)
    {
        for (; m_index < m_lines.size(); ++m_index) {
            const QString &line = m_lines.at(m_index);
            if (isClosing(line, QLatin1Char(']'))) {
                ++m_index;
                return std::nullopt;
            }
            QString entry = line.trimmed();
            if (entry.endsWith(QLatin1Char(',')))
                entry.chop(1);
            if (entry.isEmpty())
                continue;
            BruPair pair;
            pair.line = int(m_index + 1);
            if (entry.startsWith(QLatin1Char('~'))) {
                pair.enabled = false;
                entry.remove(0, 1);
            }
            pair.key = entry.trimmed();
            block.pairs.append(pair);
        }
        return unclosed(block);
    }

    /// Reads `"key \"x\""` at the start of @p rest into @p key; the index of the closing quote,
    /// or -1 when it is missing.
    static qsizetype quotedKey(const QString &rest, QString *key)
    {
        key->clear();
        for (qsizetype i = 1; i < rest.size(); ++i) {
            const QChar c = rest.at(i);
            if (c == QLatin1Char('\\') && i + 1 < rest.size()) {
                key->append(rest.at(++i));
            } else if (c == QLatin1Char('"')) {
                return i;
            } else {
                key->append(c);
            }
        }
        return -1;
    }

    bool readListValue(QString *value)
    {
        QStringList entries;
        for (++m_index; m_index < m_lines.size(); ++m_index) {
            const QString entry = m_lines.at(m_index).trimmed();
            if (entry == u"]") {
                *value = entries.join(QLatin1Char(','));
                return true;
            }
            if (!entry.isEmpty())
                entries.append(entry.endsWith(QLatin1Char(',')) ? entry.chopped(1) : entry);
        }
        return false;
    }

    /// Skips an annotation line (`@number`, `@description('''...''')`, possibly multi-line).
    void skipAnnotation(const QString &content)
    {
        if (content.contains(QLatin1String("('''")) && !content.endsWith(QLatin1String("''')"))) {
            for (++m_index; m_index < m_lines.size(); ++m_index) {
                if (m_lines.at(m_index).trimmed().endsWith(QLatin1String("''')")))
                    break;
            }
        }
    }

    /// Reads a `'''` value starting on the line after m_index; leaves m_index on the closing line
    /// and returns what follows the closing quotes there.
    std::optional<QString> readMultiline(QString *value)
    {
        QStringList lines;
        for (++m_index; m_index < m_lines.size(); ++m_index) {
            const QString &line = m_lines.at(m_index);
            const QString trimmed = line.trimmed();
            if (trimmed.startsWith(QLatin1String("'''"))) {
                *value = lines.join(QLatin1Char('\n'));
                return trimmed.mid(3).trimmed();
            }
            lines.append(line.startsWith(QLatin1String("    ")) ? line.mid(4) : line.trimmed());
        }
        return std::nullopt;
    }

    std::optional<Error> readDictionary(BruBlock &block)
    {
        static const QRegularExpression contentType(
            QStringLiteral("\\s*@contentType\\(([^)]*)\\)$"));
        for (; m_index < m_lines.size(); ++m_index) {
            const QString &line = m_lines.at(m_index);
            if (isClosing(line, QLatin1Char('}'))) {
                ++m_index;
                return std::nullopt;
            }
            const QString content = line.trimmed();
            if (content.isEmpty())
                continue;
            if (!line.startsWith(QLatin1Char(' ')) && !line.startsWith(QLatin1Char('\t')))
                return fail(m_index, QStringLiteral("expected '}' to close block '%1' opened on "
                                                    "line %2")
                                         .arg(block.name)
                                         .arg(block.line));
            static const QRegularExpression annotation(
                QStringLiteral("^@[A-Za-z][A-Za-z0-9_]*(\\(.*)?$"));
            if (annotation.match(content).hasMatch()) {
                skipAnnotation(content);
                continue;
            }
            BruPair pair;
            pair.line = int(m_index + 1);
            QString rest = content;
            if (rest.startsWith(QLatin1Char('~'))) {
                pair.enabled = false;
                rest.remove(0, 1);
            }
            qsizetype colon = -1;
            if (rest.startsWith(QLatin1Char('"'))) { // "quoted: key": value
                const qsizetype close = quotedKey(rest, &pair.key);
                if (close > 0)
                    colon = rest.indexOf(QLatin1Char(':'), close);
            } else {
                colon = rest.indexOf(QLatin1Char(':'));
                pair.key = rest.left(colon).trimmed();
            }
            if (colon < 0)
                return fail(m_index,
                            QStringLiteral("expected 'key: value' in block '%1', found '%2'")
                                .arg(block.name, content.left(60)));
            pair.value = rest.mid(colon + 1).trimmed();
            if (pair.value == u"[") { // a list value (meta tags): its entries, comma-joined
                if (!readListValue(&pair.value))
                    return fail(pair.line - 1, QStringLiteral("list value of '%1' is not closed "
                                                              "with ']'")
                                                   .arg(pair.key));
            } else if (pair.value == u"'''") {
                const std::optional<QString> tail = readMultiline(&pair.value);
                if (!tail)
                    return fail(pair.line - 1, QStringLiteral("multi-line value of '%1' is not "
                                                              "closed with '''")
                                                   .arg(pair.key));
                if (!tail->isEmpty()) // only an annotation can follow; split off below
                    pair.value += QLatin1Char(' ') + *tail;
            }
            const QRegularExpressionMatch m = contentType.match(pair.value);
            if (m.hasMatch()) {
                pair.contentType = m.captured(1).trimmed();
                pair.value.truncate(m.capturedStart());
            }
            block.pairs.append(pair);
        }
        return unclosed(block);
    }

    QStringList m_lines;
    QString m_fileName;
    qsizetype m_index = 0;
};

} // namespace

const BruBlock *BruDocument::block(QStringView name) const
{
    for (const BruBlock &b : blocks) {
        if (b.name == name)
            return &b;
    }
    return nullptr;
}

QString BruDocument::value(QStringView blockName, QStringView key) const
{
    const BruBlock *b = block(blockName);
    if (!b)
        return {};
    for (const BruPair &pair : b->pairs) {
        if (pair.key == key)
            return pair.value;
    }
    return {};
}

Result<BruDocument> parseBru(const QString &text, const QString &fileName)
{
    if (text.size() > kMaxBruFileBytes)
        return Error{
            Error::Kind::Parse,
            QStringLiteral("%1: larger than %2 MB").arg(fileName).arg(kMaxBruFileBytes >> 20)};
    return Parser(text, fileName).run();
}

} // namespace wirescope::interop
