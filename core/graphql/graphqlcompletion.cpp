#include "core/graphql/graphqlcompletion.h"

namespace wirescope::graphql {

namespace {

bool isNameStart(QChar c)
{
    return c == u'_' || (c >= u'a' && c <= u'z') || (c >= u'A' && c <= u'Z');
}

bool isNameChar(QChar c)
{
    return isNameStart(c) || (c >= u'0' && c <= u'9');
}

struct Token
{
    enum class Kind { Name, Punct, Value }; // Value: strings, numbers, $variables
    Kind kind;
    QString text;
};

/// The tokens of @p text; strings, block strings and comments become one Value token or
/// disappear, so braces inside them never count.
QList<Token> tokenize(QStringView text)
{
    QList<Token> out;
    qsizetype i = 0;
    const qsizetype n = text.size();
    while (i < n) {
        const QChar c = text.at(i);
        if (c.isSpace() || c == u',') {
            if (c == u',')
                out.append({Token::Kind::Punct, QStringLiteral(",")});
            ++i;
        } else if (c == u'#') {
            while (i < n && text.at(i) != u'\n')
                ++i;
        } else if (text.mid(i).startsWith(u"\"\"\"")) {
            const qsizetype end = text.indexOf(u"\"\"\"", i + 3);
            i = end < 0 ? n : end + 3;
            out.append({Token::Kind::Value, {}});
        } else if (c == u'"') {
            ++i;
            while (i < n && text.at(i) != u'"' && text.at(i) != u'\n')
                i += text.at(i) == u'\\' ? 2 : 1;
            ++i;
            out.append({Token::Kind::Value, {}});
        } else if (text.mid(i).startsWith(u"...")) {
            out.append({Token::Kind::Punct, QStringLiteral("...")});
            i += 3;
        } else if (isNameStart(c)) {
            const qsizetype start = i;
            while (i < n && isNameChar(text.at(i)))
                ++i;
            out.append({Token::Kind::Name, text.mid(start, i - start).toString()});
        } else if (c == u'$' || c == u'-' || c.isDigit()) {
            const qsizetype start = i++;
            while (i < n && (isNameChar(text.at(i)) || text.at(i) == u'.'))
                ++i;
            out.append({Token::Kind::Value, text.mid(start, i - start).toString()});
        } else {
            out.append({Token::Kind::Punct, QString(c)});
            ++i;
        }
    }
    return out;
}

/// One open parenthesis: whose arguments (or the operation's variable definitions).
struct Paren
{
    enum class Kind { Arguments, Variables, Directive };
    Kind kind;
    QString type;  ///< the type holding the field (Arguments)
    QString field; ///< the field whose arguments these are (Arguments)
};

void addTypes(const Schema &schema, bool input, Completion &out)
{
    for (const Type &t : schema.types) {
        if (t.name.startsWith(QLatin1String("__")))
            continue;
        const bool isInput = t.kind == TypeKind::Scalar || t.kind == TypeKind::Enum
                             || t.kind == TypeKind::InputObject;
        const bool isComposite = t.kind == TypeKind::Object || t.kind == TypeKind::Interface
                                 || t.kind == TypeKind::Union;
        if (input ? isInput : isComposite)
            out.candidates.append({t.name, typeKindName(t.kind), CompletionCandidate::Kind::Type});
    }
    out.context = input ? QStringLiteral("input types") : QStringLiteral("composite types");
}

/// The fragments defined anywhere in @p tokens: name and type condition.
QList<QPair<QString, QString>> fragmentDefinitions(const QList<Token> &tokens)
{
    QList<QPair<QString, QString>> out;
    for (qsizetype i = 0; i + 3 < tokens.size(); ++i) {
        if (tokens.at(i).kind == Token::Kind::Name && tokens.at(i).text == QLatin1String("fragment")
            && tokens.at(i + 1).kind == Token::Kind::Name
            && tokens.at(i + 2).text == QLatin1String("on")
            && tokens.at(i + 3).kind == Token::Kind::Name)
            out.append({tokens.at(i + 1).text, tokens.at(i + 3).text});
    }
    return out;
}

/// The type written after the ':' at @p colon in a variable definition: "[ID!]!".
QString variableType(const QList<Token> &tokens, qsizetype colon)
{
    QString out;
    for (qsizetype i = colon + 1; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        if (t.kind == Token::Kind::Name || t.text == u'[' || t.text == u']' || t.text == u'!')
            out += t.text;
        else
            break;
    }
    return out;
}

} // namespace

Completion complete(const Schema &schema, QStringView document, qsizetype cursor)
{
    Completion out;
    cursor = qBound<qsizetype>(0, cursor, document.size());
    qsizetype start = cursor;
    while (start > 0 && isNameChar(document.at(start - 1)))
        --start;
    out.prefix = document.mid(start, cursor - start).toString();
    const QList<Token> tokens = tokenize(document.left(start));

    QStringList typeStack;   // type of each open selection set ("" when unknown)
    QList<Paren> parens;     // open parentheses
    int valueBraces = 0;     // { } and [ ] inside argument values
    QString operationType;   // the root type the next top-level selection set selects from
    QString lastName;        // the last field name in the current selection set
    QString pendingArgument; // the argument name before a ':' inside Arguments
    bool afterColon = false;
    QList<QPair<QString, QString>> variables; // $name and type of the current operation
    bool definitionStarted = false;           // a keyword began the current definition

    for (qsizetype i = 0; i < tokens.size(); ++i) {
        const Token &t = tokens.at(i);
        const Token *prev = i > 0 ? &tokens.at(i - 1) : nullptr;
        afterColon = false;
        if (!parens.isEmpty()) {
            const Paren &p = parens.last();
            if (t.text == u'(' && t.kind == Token::Kind::Punct) {
                parens.append({Paren::Kind::Directive, {}, {}});
            } else if (t.text == u')' && t.kind == Token::Kind::Punct && valueBraces == 0) {
                parens.removeLast();
            } else if ((t.text == u'{' || t.text == u'[') && t.kind == Token::Kind::Punct) {
                ++valueBraces;
            } else if ((t.text == u'}' || t.text == u']') && t.kind == Token::Kind::Punct) {
                valueBraces = qMax(0, valueBraces - 1);
            } else if (t.text == u':' && t.kind == Token::Kind::Punct) {
                afterColon = true;
            } else if (t.kind == Token::Kind::Name && p.kind == Paren::Kind::Arguments
                       && valueBraces == 0 && !(prev && prev->text == u':')) {
                pendingArgument = t.text;
            } else if (p.kind == Paren::Kind::Variables && t.kind == Token::Kind::Value
                       && t.text.size() > 1 && t.text.startsWith(u'$') && i + 1 < tokens.size()
                       && tokens.at(i + 1).text == u':') {
                variables.append({t.text.mid(1), variableType(tokens, i + 1)});
            }
            continue;
        }
        if (t.kind == Token::Kind::Name) {
            if (typeStack.isEmpty()) {
                if (prev == nullptr || prev->text == u'}') {
                    // A new definition: the variables of the one before are out of scope.
                    variables.clear();
                    definitionStarted = true;
                }
                if (t.text == QLatin1String("query"))
                    operationType = schema.queryType;
                else if (t.text == QLatin1String("mutation"))
                    operationType = schema.mutationType;
                else if (t.text == QLatin1String("subscription"))
                    operationType = schema.subscriptionType;
                else if (prev && prev->text == QLatin1String("on"))
                    operationType = t.text; // fragment X on Type
                continue;
            }
            if (prev && prev->text == QLatin1String("on")) {
                lastName = QStringLiteral("\x01") + t.text; // ... on Type: a type, not a field
            } else if (prev && prev->text == u'@') {
                // a directive name: the field before it keeps its selection set
            } else if (prev && prev->text == QLatin1String("...")) {
                lastName.clear(); // a fragment spread
            } else if (t.text != QLatin1String("on")) {
                lastName = t.text;
            }
            continue;
        }
        if (t.kind != Token::Kind::Punct)
            continue;
        if (t.text == u'{') {
            QString type;
            if (typeStack.isEmpty() && !definitionStarted)
                variables.clear(); // an anonymous operation defines none
            if (typeStack.isEmpty())
                definitionStarted = false;
            if (typeStack.isEmpty()) {
                type = operationType.isEmpty() ? schema.queryType : operationType;
            } else if (lastName.startsWith(u'\x01')) {
                type = lastName.mid(1);
            } else if (const Type *parent = schema.type(typeStack.last())) {
                if (const Field *f = parent->field(lastName))
                    type = f->typeName;
            }
            typeStack.append(type);
            lastName.clear();
            operationType.clear();
        } else if (t.text == u'}') {
            if (!typeStack.isEmpty())
                typeStack.removeLast();
            lastName.clear();
        } else if (t.text == u'(') {
            if (typeStack.isEmpty()) {
                parens.append({Paren::Kind::Variables, {}, {}});
            } else if (prev && prev->kind == Token::Kind::Name && i >= 2
                       && tokens.at(i - 2).text == u'@') {
                parens.append({Paren::Kind::Directive, {}, {}});
            } else {
                parens.append({Paren::Kind::Arguments, typeStack.last(), lastName});
            }
            pendingArgument.clear();
        }
    }

    const Token *last = tokens.isEmpty() ? nullptr : &tokens.last();
    if (last && last->kind == Token::Kind::Value && last->text == u'$') {
        // A variable used as a value: those the operation defines.
        if (!parens.isEmpty() && parens.last().kind != Paren::Kind::Variables) {
            for (const auto &[name, type] : variables)
                out.candidates.append({name, type, CompletionCandidate::Kind::Variable});
            out.context = QStringLiteral("variables");
        }
    } else if (last && last->kind == Token::Kind::Punct && last->text == u'@') {
        // Every service has these two; the schema's own directives are not introspected.
        for (const char *directive : {"include", "skip"})
            out.candidates.append({QString::fromLatin1(directive), QStringLiteral("(if: Boolean!)"),
                                   CompletionCandidate::Kind::Directive});
        out.context = QStringLiteral("directives");
    } else if (last && last->kind == Token::Kind::Punct && last->text == QLatin1String("...")
               && !typeStack.isEmpty() && parens.isEmpty()) {
        // The whole document: a fragment may be defined below its use.
        for (const auto &[name, on] : fragmentDefinitions(tokenize(document)))
            out.candidates.append(
                {name, QStringLiteral("on ") + on, CompletionCandidate::Kind::Fragment});
        out.candidates.append({QStringLiteral("on"), QStringLiteral("inline fragment"),
                               CompletionCandidate::Kind::Keyword});
        out.context = QStringLiteral("fragments");
    } else if (last && last->kind == Token::Kind::Name && last->text == QLatin1String("on")) {
        addTypes(schema, false, out);
    } else if (!parens.isEmpty()) {
        const Paren &p = parens.last();
        if (p.kind == Paren::Kind::Variables && last
            && (last->text == u':' || last->text == u'[')) {
            addTypes(schema, true, out);
        } else if (p.kind == Paren::Kind::Arguments && valueBraces == 0) {
            const Type *holder = schema.type(p.type);
            const Field *field = holder ? holder->field(p.field) : nullptr;
            if (field && afterColon) {
                for (const InputValue &arg : field->args) {
                    const Type *argType =
                        arg.name == pendingArgument ? schema.type(arg.typeName) : nullptr;
                    if (argType && argType->kind == TypeKind::Enum) {
                        for (const EnumValue &v : argType->enumValues)
                            out.candidates.append(
                                {v.name, argType->name, CompletionCandidate::Kind::EnumValue});
                        out.context = QStringLiteral("values of %1").arg(argType->name);
                    }
                }
            } else if (field) {
                for (const InputValue &arg : field->args)
                    out.candidates.append(
                        {arg.name, arg.type, CompletionCandidate::Kind::Argument});
                out.context = QStringLiteral("arguments of %1").arg(field->name);
            }
        }
    } else if (!typeStack.isEmpty()) {
        if (const Type *type = schema.type(typeStack.last())) {
            for (const Field &f : type->fields)
                out.candidates.append({f.name, f.type, CompletionCandidate::Kind::Field});
            out.candidates.append({QStringLiteral("__typename"), QStringLiteral("String!"),
                                   CompletionCandidate::Kind::Field});
            out.context = QStringLiteral("fields of %1").arg(type->name);
        }
    } else if (!last || last->text == u'}') {
        for (const char *keyword : {"query", "mutation", "subscription", "fragment"})
            out.candidates.append({QString::fromLatin1(keyword), QStringLiteral("keyword"),
                                   CompletionCandidate::Kind::Keyword});
        out.context = QStringLiteral("operations");
    }

    if (!out.prefix.isEmpty()) {
        out.candidates.removeIf([&out](const CompletionCandidate &c) {
            return !c.text.startsWith(out.prefix, Qt::CaseInsensitive);
        });
    }
    return out;
}

} // namespace wirescope::graphql
