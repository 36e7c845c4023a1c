//! Luhn checksum, used to reject mistyped card numbers before they reach the KMS.

/// Returns true when `digits` (ASCII digits only) passes the Luhn check.
pub fn is_valid(digits: &str) -> bool {
    if !(12..=19).contains(&digits.len()) || !digits.bytes().all(|b| b.is_ascii_digit()) {
        return false;
    }
    let sum: u32 = digits
        .bytes()
        .rev()
        .enumerate()
        .map(|(i, b)| {
            let d = u32::from(b - b'0');
            if i % 2 == 1 {
                let doubled = d * 2;
                if doubled > 9 { doubled - 9 } else { doubled }
            } else {
                d
            }
        })
        .sum();
    sum % 10 == 0
}

#[cfg(test)]
mod tests {
    use super::is_valid;

    #[test]
    fn accepts_test_cards() {
        assert!(is_valid("4111111111111111"));
        assert!(is_valid("5555555555554444"));
    }

    #[test]
    fn rejects_bad_input() {
        assert!(!is_valid("4111111111111112"));
        assert!(!is_valid("4111-1111-1111-1111"));
        assert!(!is_valid("1234"));
    }
}
