import {
  Alert,
  Anchor,
  Box,
  Button,
  Center,
  Code,
  Container,
  Group,
  Loader,
  Paper,
  SegmentedControl,
  Stack,
  Text,
  TextInput,
  Title,
} from "@mantine/core";
import {
  isVerificationCode,
  normalizeVerificationCode,
  type Verification,
  verificationApi,
  verificationCodeSchema,
} from "@simkin/domain";
import { IconCircleCheck, IconFileUnknown } from "@tabler/icons-react";
import { useQuery } from "@tanstack/react-query";
import { type ReactNode, useState } from "react";
import { Link, useLocation, useNavigate, useParams } from "react-router";
import { useFormatDate, useI18n, useT } from "../../i18n/i18n";
import { ApiError, call } from "../../lib/api";
import { errorText } from "../../lib/error-text";
import { maxLengthOf } from "../../lib/form-schema";

/** Public page the QR code on a printed SKP opens: is this document registered, and what did it say. */
export function Page() {
  const t = useT();
  const { code: raw = "" } = useParams();
  const code = normalizeVerificationCode(raw);
  const valid = isVerificationCode(code);
  const result = useQuery({
    queryKey: ["verify", code],
    queryFn: () => call(verificationApi.get, { params: { code } }),
    enabled: valid,
  });
  const missing = !valid || (result.error instanceof ApiError && [400, 404].includes(result.error.status));
  return (
    <Box bg="gray.0" mih="100vh" py={{ base: "md", sm: "xl" }}>
      <Container size="sm" px="sm">
        <Stack gap="md">
          <Brand />
          <Paper withBorder shadow="xs" p={{ base: "md", sm: "lg" }} radius="md">
            <Stack gap="md">
              <Title order={1} size="h3">
                {t("skp.verify.title")}
              </Title>
              {missing && <NotFound code={code || raw} />}
              {!missing && result.isError && (
                <Alert color="red" title={t("common.error")} data-testid="verify-error">
                  {errorText(result.error)}
                </Alert>
              )}
              {!missing && result.isPending && (
                <Center p="lg">
                  <Loader />
                </Center>
              )}
              {result.data && <Result doc={result.data} />}
            </Stack>
          </Paper>
          <CheckAnother />
        </Stack>
      </Container>
    </Box>
  );
}

function Brand() {
  const t = useT();
  const { locale, setLocale } = useI18n();
  return (
    <Group justify="space-between" align="flex-start" wrap="nowrap">
      <div>
        <Text fw={800} c="blue.7" size="xl">
          {t("app.name")}
        </Text>
        <Text size="sm" c="dimmed">
          {t("app.tagline")}
        </Text>
        <Text size="sm" c="dimmed">
          {t("app.office")}
        </Text>
      </div>
      <SegmentedControl
        size="xs"
        value={locale}
        onChange={(value) => setLocale(value === "en" ? "en" : "id")}
        data={[
          { value: "id", label: "ID" },
          { value: "en", label: "EN" },
        ]}
        aria-label={t("user.language")}
      />
    </Group>
  );
}

function Field({ label, children }: { label: string; children: ReactNode }) {
  return (
    <div>
      <Text size="xs" c="dimmed" fw={600} tt="uppercase">
        {label}
      </Text>
      <Text size="sm" component="div" style={{ overflowWrap: "anywhere" }}>
        {children}
      </Text>
    </div>
  );
}

function Result({ doc }: { doc: Verification }) {
  const t = useT();
  const formatDate = useFormatDate();
  return (
    <Stack gap="sm" data-testid="verify-result">
      <Alert color="green" variant="light" icon={<IconCircleCheck />} title={t("skp.verify.found")}>
        {t("skp.verify.foundText")}
      </Alert>
      <Field label={t("skp.verify.code")}>
        <Text ff="monospace" fw={700} size="lg">
          {doc.code}
        </Text>
      </Field>
      <Field label={t("skp.verify.type")}>{doc.documentType}</Field>
      <Field label={t("skp.verify.docTitle")}>{doc.title}</Field>
      <Field label={t("skp.verify.issuer")}>{doc.issuer ?? "-"}</Field>
      <Field label={t("skp.verify.subject")}>
        <Text size="sm" fw={600} data-testid="verify-subject">
          {doc.subjectName}
        </Text>
        {doc.subjectDetail && <Text size="sm">{doc.subjectDetail}</Text>}
        <SubjectHint view={doc.subjectView} />
      </Field>
      <Field label={t("skp.verify.period")}>{doc.period}</Field>
      <Field label={t("skp.verify.status")}>
        <Text fw={600} size="sm" data-testid="verify-status">
          {doc.status}
        </Text>
      </Field>
      <Field label={t("skp.verify.hash")}>
        <Code block style={{ wordBreak: "break-all", whiteSpace: "pre-wrap" }} data-testid="verify-hash">
          {doc.contentHash}
        </Code>
      </Field>
      <Field label={t("skp.verify.issuedAt")}>{formatDate(doc.issuedAt)} WIB</Field>
    </Stack>
  );
}

/** Why the name shows initials only, and for an anonymous visitor the way to the full name. */
function SubjectHint({ view }: { view: Verification["subjectView"] }) {
  const t = useT();
  const location = useLocation();
  if (view === "full") {
    return null;
  }
  return (
    <Text size="xs" c="dimmed" mt={2} data-testid="verify-subject-hint">
      {view === "anonymous" ? t("skp.verify.maskedAnonymous") : t("skp.verify.maskedNoAccess")}{" "}
      {view === "anonymous" && (
        // Underlined: inside a sentence, colour alone does not tell the link apart (WCAG 1.4.1).
        <Anchor component={Link} to="/login" state={{ from: location.pathname }} size="xs" underline="always">
          {t("skp.verify.signIn")}
        </Anchor>
      )}
    </Text>
  );
}

function NotFound({ code }: { code: string }) {
  const t = useT();
  return (
    <Alert
      color="red"
      variant="light"
      icon={<IconFileUnknown />}
      title={t("skp.verify.notFound")}
      data-testid="verify-not-found"
    >
      {t("skp.verify.notFoundText", { code })}
    </Alert>
  );
}

function CheckAnother() {
  const t = useT();
  const navigate = useNavigate();
  const [value, setValue] = useState("");
  const code = normalizeVerificationCode(value);
  return (
    <form
      onSubmit={(event) => {
        event.preventDefault();
        if (code) {
          navigate(`/v/${encodeURIComponent(code)}`);
          setValue("");
        }
      }}
    >
      <Group align="flex-end" gap="xs" wrap="nowrap">
        <TextInput
          style={{ flex: 1 }}
          label={t("skp.verify.another")}
          placeholder="ABCD-EFGH-JKLM-NPQR"
          value={value}
          onChange={(event) => setValue(event.currentTarget.value)}
          maxLength={maxLengthOf(verificationCodeSchema)}
          autoCapitalize="characters"
          styles={{ input: { fontFamily: "monospace" } }}
        />
        <Button type="submit" variant="light" disabled={!code}>
          {t("skp.verify.check")}
        </Button>
      </Group>
    </form>
  );
}
