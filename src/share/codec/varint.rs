//! Zigzag LEB128 varints, the integers of the link's packed columns (the weather file's
//! temperatures, `w=`, and the measured profiles, `d=`/`e=`): a signed difference as 7 bits a
//! byte, low bits first, the high bit set on every byte but the last.

/// Appends `delta` to `out`.
pub(super) fn push(out: &mut Vec<u8>, delta: i64) {
    let mut z = ((delta << 1) ^ (delta >> 63)) as u64;
    loop {
        let byte = (z & 0x7f) as u8;
        z >>= 7;
        if z == 0 {
            out.push(byte);
            return;
        }
        out.push(byte | 0x80);
    }
}

/// Reads the varint at `*at` and moves `*at` past it; `None` when the bytes end inside it or
/// it is longer than 64 bits.
pub(super) fn read(bytes: &[u8], at: &mut usize) -> Option<i64> {
    let mut z = 0u64;
    let mut shift = 0;
    loop {
        let byte = *bytes.get(*at)?;
        *at += 1;
        if shift > 63 {
            return None;
        }
        z |= u64::from(byte & 0x7f) << shift;
        shift += 7;
        if byte & 0x80 == 0 {
            return Some(((z >> 1) as i64) ^ -((z & 1) as i64));
        }
    }
}

#[cfg(test)]
mod tests {
    use super::*;

    #[test]
    fn values_round_trip_and_a_cut_one_is_refused() {
        let values = [
            0,
            1,
            -1,
            63,
            -64,
            64,
            1 << 40,
            -(1 << 40),
            i64::MAX,
            i64::MIN,
        ];
        let mut out = Vec::new();
        for v in values {
            push(&mut out, v);
        }
        // Small differences take one byte: 0, ±1, 63, −64.
        assert_eq!(&out[..5], &[0, 2, 1, 126, 127]);
        let mut at = 0;
        for v in values {
            assert_eq!(read(&out, &mut at), Some(v));
        }
        assert_eq!(at, out.len());
        assert_eq!(read(&[0x80, 0x80], &mut 0), None, "cut inside a varint");
        assert_eq!(read(&[0xff; 11], &mut 0), None, "longer than 64 bits");
    }
}
