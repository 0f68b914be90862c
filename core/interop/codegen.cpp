#include "core/interop/codegen.h"

#include "core/interop/codegenlanguages.h"

namespace wirescope {

namespace codegen {

QString noteComments(const QStringList &notes, QStringView prefix)
{
    QString out;
    for (const QString &note : notes)
        out += prefix + QLatin1String(" note: ") + note + u'\n';
    return out;
}

} // namespace codegen

QList<CodeLanguage> supportedLanguages()
{
    return {CodeLanguage::Curl,
            CodeLanguage::HttPie,
            CodeLanguage::PythonRequests,
            CodeLanguage::JavaScriptFetch,
            CodeLanguage::JavaScriptAxios,
            CodeLanguage::NodeHttps,
            CodeLanguage::CppQt};
}

QString codeLanguageDisplayName(CodeLanguage language)
{
    switch (language) {
    case CodeLanguage::Curl:
        return QStringLiteral("curl");
    case CodeLanguage::HttPie:
        return QStringLiteral("HTTPie");
    case CodeLanguage::PythonRequests:
        return QStringLiteral("Python – requests");
    case CodeLanguage::JavaScriptFetch:
        return QStringLiteral("JavaScript – fetch");
    case CodeLanguage::JavaScriptAxios:
        return QStringLiteral("JavaScript – axios");
    case CodeLanguage::NodeHttps:
        return QStringLiteral("Node.js – http/https");
    case CodeLanguage::CppQt:
        return QStringLiteral("C++ – Qt Network");
    }
    return {};
}

QString codeLanguageId(CodeLanguage language)
{
    switch (language) {
    case CodeLanguage::Curl:
        return QStringLiteral("curl");
    case CodeLanguage::HttPie:
        return QStringLiteral("httpie");
    case CodeLanguage::PythonRequests:
        return QStringLiteral("python");
    case CodeLanguage::JavaScriptFetch:
        return QStringLiteral("fetch");
    case CodeLanguage::JavaScriptAxios:
        return QStringLiteral("axios");
    case CodeLanguage::NodeHttps:
        return QStringLiteral("node");
    case CodeLanguage::CppQt:
        return QStringLiteral("qt");
    }
    return {};
}

std::optional<CodeLanguage> codeLanguageFromId(QStringView id)
{
    for (CodeLanguage language : supportedLanguages()) {
        if (id.compare(codeLanguageId(language), Qt::CaseInsensitive) == 0)
            return language;
    }
    return std::nullopt;
}

QString codeLanguageFileSuffix(CodeLanguage language)
{
    switch (language) {
    case CodeLanguage::Curl:
    case CodeLanguage::HttPie:
        return QStringLiteral("sh");
    case CodeLanguage::PythonRequests:
        return QStringLiteral("py");
    case CodeLanguage::JavaScriptFetch:
        return QStringLiteral("mjs");
    case CodeLanguage::JavaScriptAxios:
    case CodeLanguage::NodeHttps:
        return QStringLiteral("js");
    case CodeLanguage::CppQt:
        return QStringLiteral("cpp");
    }
    return {};
}

Result<QString> generateCode(const Request &request,
                             CodeLanguage language,
                             const CodegenOptions &options,
                             QStringList *notes)
{
    auto built = codegen::buildCodegenRequest(request, options);
    if (!built)
        return built.error();
    codegen::CodegenRequest &r = built.value();
    QString code;
    switch (language) {
    case CodeLanguage::Curl:
        code = codegen::generateCurl(r, options);
        break;
    case CodeLanguage::HttPie:
        code = codegen::generateHttpie(r, options);
        break;
    case CodeLanguage::PythonRequests:
        code = codegen::generatePython(r, options);
        break;
    case CodeLanguage::JavaScriptFetch:
        code = codegen::generateFetch(r, options);
        break;
    case CodeLanguage::JavaScriptAxios:
        code = codegen::generateAxios(r, options);
        break;
    case CodeLanguage::NodeHttps:
        code = codegen::generateNode(r, options);
        break;
    case CodeLanguage::CppQt:
        code = codegen::generateQt(r, options);
        break;
    }
    if (notes)
        *notes = r.notes;
    return code;
}

} // namespace wirescope
