// SHA-256 from OpenSSL's libcrypto (libssl-dev). Its assembly picks the CPU's SHA extensions or
// AVX2 at run time: several times faster than portable code on the import's per-file and per-row
// content hashes. The low-level SHA256_* calls are deprecated in OpenSSL 3 in favour of EVP, whose
// per-call algorithm fetch costs more than hashing a short row; they remain supported.
#define OPENSSL_SUPPRESS_DEPRECATED
#include <openssl/sha.h>
